package ai.refinery.learn.train;

import ai.refinery.core.config.Setting;
import ai.refinery.learn.nn.LossFunction;
import ai.refinery.learn.optim.ScheduleConfig;

/**
 * How {@link Trainer} trains, as a recipe's {@code train} section writes it. Every random choice
 * (the validation split, each epoch's order) derives from {@code seed}; dropout masks come from
 * the model's own seed.
 */
public record TrainerConfig(
        @Setting(value = "Passes over the training set.", defaultValue = "10") int epochs,
        @Setting(value = "Examples per mini-batch; the last batch of an epoch may be smaller.", defaultValue = "32") int batchSize,
        @Setting(value = "Seed of the validation split and of the order of examples in each epoch.", defaultValue = "42") long seed,
        @Setting(value = "Share of the training set held out for validation (seeded); 0 means none.", defaultValue = "0") double validationFraction,
        @Setting(value = "Stop after this many epochs without improvement of the monitored metric; 0 never stops early.",
                defaultValue = "0") int patience,
        @Setting(value = "What early stopping watches: val_loss or val_accuracy.", defaultValue = "val_loss") Monitor monitor,
        @Setting(value = "Largest global L2 norm of the gradients; larger ones are scaled down. 0 means no clipping.",
                defaultValue = "0") double clipNorm,
        @Setting(value = "cross_entropy (softmax on the outputs) or mean_squared_error (against one-hot labels).",
                defaultValue = "cross_entropy") LossFunction loss,
        @Setting(value = "Learning-rate schedule; absent means constant.", optional = true) ScheduleConfig schedule,
        @Setting(value = "Directory for the end-of-epoch checkpoint that resume continues from; absent means none.",
                optional = true) String checkpointDir) {

    /** The quantity early stopping watches. */
    public enum Monitor { VAL_LOSS, VAL_ACCURACY }

    public TrainerConfig {
        if (epochs < 1) throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
        if (batchSize < 1) throw new IllegalArgumentException("batch_size must be >= 1, got " + batchSize);
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation_fraction must be in [0, 1), got " + validationFraction);
        }
        if (patience < 0) throw new IllegalArgumentException("patience must be >= 0, got " + patience);
        if (monitor == null) throw new IllegalArgumentException("monitor must be val_loss or val_accuracy");
        if (!(clipNorm >= 0) || Double.isInfinite(clipNorm)) throw new IllegalArgumentException("clip_norm must be a finite number >= 0, got " + clipNorm);
        if (loss == null) throw new IllegalArgumentException("loss must be cross_entropy or mean_squared_error");
        if (schedule == null) schedule = ScheduleConfig.constant();
        if (checkpointDir != null && checkpointDir.isBlank()) checkpointDir = null;
        if (schedule.warmupEpochs() >= epochs && schedule.warmupEpochs() > 0) {
            throw new IllegalArgumentException("schedule warmup_epochs (" + schedule.warmupEpochs() + ") must be fewer than epochs (" + epochs + ")");
        }
    }

    /** {@code epochs} epochs of batches of {@code batchSize} with {@code seed}; everything else at its default. */
    public static TrainerConfig of(int epochs, int batchSize, long seed) {
        return new TrainerConfig(epochs, batchSize, seed, 0, 0, Monitor.VAL_LOSS, 0, LossFunction.CROSS_ENTROPY, null, null);
    }

    public TrainerConfig withEpochs(int n) {
        return new TrainerConfig(n, batchSize, seed, validationFraction, patience, monitor, clipNorm, loss, schedule, checkpointDir);
    }

    public TrainerConfig withValidationFraction(double fraction) {
        return new TrainerConfig(epochs, batchSize, seed, fraction, patience, monitor, clipNorm, loss, schedule, checkpointDir);
    }

    public TrainerConfig withEarlyStopping(int epochsWithoutImprovement, Monitor watched) {
        return new TrainerConfig(epochs, batchSize, seed, validationFraction, epochsWithoutImprovement, watched, clipNorm, loss, schedule, checkpointDir);
    }

    public TrainerConfig withClipNorm(double norm) {
        return new TrainerConfig(epochs, batchSize, seed, validationFraction, patience, monitor, norm, loss, schedule, checkpointDir);
    }

    public TrainerConfig withLoss(LossFunction function) {
        return new TrainerConfig(epochs, batchSize, seed, validationFraction, patience, monitor, clipNorm, function, schedule, checkpointDir);
    }

    public TrainerConfig withSchedule(ScheduleConfig s) {
        return new TrainerConfig(epochs, batchSize, seed, validationFraction, patience, monitor, clipNorm, loss, s, checkpointDir);
    }

    public TrainerConfig withCheckpointDir(String dir) {
        return new TrainerConfig(epochs, batchSize, seed, validationFraction, patience, monitor, clipNorm, loss, schedule, dir);
    }
}
