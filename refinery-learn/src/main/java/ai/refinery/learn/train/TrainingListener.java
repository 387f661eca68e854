package ai.refinery.learn.train;

/**
 * Hears about training as it happens (a CLI draws its progress bar from it). Called on the
 * training thread; a listener that throws stops training with that exception. Epochs and batches
 * are numbered from 1.
 */
public interface TrainingListener {
    TrainingListener NONE = new TrainingListener() {};

    /** Before the first batch of {@code epoch} (of {@code epochs}), which has {@code batches} batches. */
    default void onEpochStart(int epoch, int epochs, int batches) {}

    /** After each optimizer step. */
    default void onBatchEnd(BatchProgress progress) {}

    /** After validation and the checkpoint of an epoch. */
    default void onEpochEnd(EpochResult result) {}
}
