package ai.refinery.learn.optim;

/** {@code base · gamma^⌊epoch / every⌋}: the rate is multiplied by gamma every {@code every} epochs. */
public record StepSchedule(double base, int every, double gamma) implements LearningRateSchedule {
    public StepSchedule {
        Checks.positive("learning_rate", base);
        if (every < 1) throw new IllegalArgumentException("step_epochs must be >= 1, got " + every);
        Checks.positive("gamma", gamma);
    }

    @Override
    public double rate(double epoch) {
        return base * StrictMath.pow(gamma, Math.floor(epoch / every));
    }
}
