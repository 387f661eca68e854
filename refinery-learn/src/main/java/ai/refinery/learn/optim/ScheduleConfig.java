package ai.refinery.learn.optim;

import ai.refinery.core.config.Setting;

/**
 * A learning-rate schedule as a recipe writes it ({@code schedule: {type: cosine,
 * warmup_epochs: 1}}); {@link #build} turns it into a {@link LearningRateSchedule} once the base
 * rate (from the optimizer) and the number of epochs are known.
 */
public record ScheduleConfig(
        @Setting(value = "constant, step or cosine.", defaultValue = "constant") Type type,
        @Setting(value = "For step: multiply the rate by gamma every this many epochs.", defaultValue = "1") int stepEpochs,
        @Setting(value = "For step: the factor applied every step_epochs.", defaultValue = "0.1") double gamma,
        @Setting(value = "For cosine: the rate reached at the last epoch.", defaultValue = "0") double minLearningRate,
        @Setting(value = "Epochs of linear warm-up from 0 before the schedule; 0 means none.", defaultValue = "0") double warmupEpochs) {

    public enum Type { CONSTANT, STEP, COSINE }

    public ScheduleConfig {
        if (type == null) throw new IllegalArgumentException("schedule type must be given (constant, step or cosine)");
        if (stepEpochs < 1) throw new IllegalArgumentException("step_epochs must be >= 1, got " + stepEpochs);
        Checks.positive("gamma", gamma);
        Checks.nonNegative("min_learning_rate", minLearningRate);
        Checks.nonNegative("warmup_epochs", warmupEpochs);
    }

    public static ScheduleConfig constant() {
        return new ScheduleConfig(Type.CONSTANT, 1, 0.1, 0, 0);
    }

    public static ScheduleConfig step(int everyEpochs, double gamma) {
        return new ScheduleConfig(Type.STEP, everyEpochs, gamma, 0, 0);
    }

    public static ScheduleConfig cosine(double minLearningRate) {
        return new ScheduleConfig(Type.COSINE, 1, 0.1, minLearningRate, 0);
    }

    public ScheduleConfig withWarmup(double epochs) {
        return new ScheduleConfig(type, stepEpochs, gamma, minLearningRate, epochs);
    }

    /** The schedule for a run of {@code totalEpochs} starting from {@code baseRate}. */
    public LearningRateSchedule build(double baseRate, int totalEpochs) {
        if (warmupEpochs >= totalEpochs && warmupEpochs > 0) {
            throw new IllegalArgumentException("warmup_epochs (" + warmupEpochs + ") must be fewer than the epochs (" + totalEpochs + ")");
        }
        double remaining = totalEpochs - warmupEpochs;
        LearningRateSchedule main = switch (type) {
            case CONSTANT -> new ConstantSchedule(baseRate);
            case STEP -> new StepSchedule(baseRate, stepEpochs, gamma);
            case COSINE -> new CosineSchedule(baseRate, minLearningRate, remaining);
        };
        return warmupEpochs > 0 ? new LinearWarmup(warmupEpochs, main) : main;
    }
}
