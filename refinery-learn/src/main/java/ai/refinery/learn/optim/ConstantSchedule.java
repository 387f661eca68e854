package ai.refinery.learn.optim;

/** The same rate throughout. */
public record ConstantSchedule(double base) implements LearningRateSchedule {
    public ConstantSchedule {
        Checks.positive("learning_rate", base);
    }

    @Override
    public double rate(double epoch) {
        return base;
    }
}
