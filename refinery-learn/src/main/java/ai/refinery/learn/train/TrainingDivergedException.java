package ai.refinery.learn.train;

/**
 * Training produced a NaN or infinite loss or gradient. Names the epoch and batch (from 1) where
 * it happened; the checkpoint of the last completed epoch, if any, is left as it was.
 */
public final class TrainingDivergedException extends IllegalStateException {
    private final int epoch;
    private final int batch;

    TrainingDivergedException(String message, int epoch, int batch) {
        super(message);
        this.epoch = epoch;
        this.batch = batch;
    }

    public int epoch() { return epoch; }
    public int batch() { return batch; }
}
