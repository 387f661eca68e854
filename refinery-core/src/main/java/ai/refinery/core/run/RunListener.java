package ai.refinery.core.run;

/** Run events for progress display and lineage. Called from executor threads; keep it quick. */
public interface RunListener {
    RunListener NONE = new RunListener() {};

    /** The run is about to read {@code totalBytes} of input in {@code files} files. */
    default void started(String runId, long totalBytes, int files) {}

    /** Progress after a batch was written. */
    default void progress(Progress progress) {}

    /**
     * Progress of a stage after the pipeline (a training epoch): how far it is (0..1) and a short
     * detail such as {@code epoch 3/10 loss 0.081 acc 97.6% 41.2k samples/s}.
     */
    default void stageProgress(String stage, double fraction, String detail) {}

    default void finished(RunReport report) {}

    /** A point-in-time view of a run's progress. */
    record Progress(long bytesRead, long totalBytes, long recordsIn, long recordsOut, long quarantined, double elapsedSeconds) {}
}
