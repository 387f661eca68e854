package ai.refinery.learn.optim;

/**
 * The learning rate as a function of training progress in epochs: {@code epoch} is fractional, the
 * position of a step's start ({@code e + b/batches} for batch b of epoch e, both from 0), so the
 * rate moves smoothly within an epoch; at whole numbers it is the rate an epoch starts with.
 */
@FunctionalInterface
public interface LearningRateSchedule {
    double rate(double epoch);

    static LearningRateSchedule constant(double rate) {
        return new ConstantSchedule(rate);
    }
}
