package ai.refinery.core.run;

/** Run events for progress display and lineage. Called from executor threads; keep it quick. */
public interface RunListener {
    RunListener NONE = new RunListener() {};

    /** The run is about to read {@code totalBytes} of input in {@code files} files. */
    default void started(String runId, long totalBytes, int files) {}

    /** Progress after a batch was written. */
    default void progress(Progress progress) {}

    default void finished(RunReport report) {}

    /** A point-in-time view of a run's progress. */
    record Progress(long bytesRead, long totalBytes, long recordsIn, long recordsOut, long quarantined, double elapsedSeconds) {}
}
