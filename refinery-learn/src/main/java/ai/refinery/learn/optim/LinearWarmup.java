package ai.refinery.learn.optim;

/**
 * Linear warm-up (Goyal et al., "Accurate, Large Minibatch SGD", 2017, §2.2 "gradual warmup"):
 * the rate climbs from 0 to {@code after.rate(0)} over the first {@code epochs}, then follows
 * {@code after}, whose clock starts when the warm-up ends.
 */
public record LinearWarmup(double epochs, LearningRateSchedule after) implements LearningRateSchedule {
    public LinearWarmup {
        Checks.positive("warmup_epochs", epochs);
        if (after == null) throw new IllegalArgumentException("a warm-up needs the schedule that follows it");
    }

    @Override
    public double rate(double epoch) {
        return epoch < epochs ? after.rate(0) * Math.max(epoch, 0) / epochs : after.rate(epoch - epochs);
    }
}
