package ai.refinery.core.exec;

import ai.refinery.core.run.RunListener;

/** Running totals for progress events; updated by the writer stage, one batch at a time. */
final class ProgressTracker {
    private final RunListener listener;
    private final long totalBytes;
    private final long startNanos;
    private long in;
    private long out;
    private long quarantined;

    ProgressTracker(RunListener listener, long totalBytes, long startNanos, ShardCounters resumed) {
        this.listener = listener;
        this.totalBytes = totalBytes;
        this.startNanos = startNanos;
        this.in = resumed.in;
        this.out = resumed.out;
        this.quarantined = resumed.quarantined;
    }

    void batchWritten(BatchWork w, long bytesRead) {
        if (!w.replay) {
            in += w.unitsIn();
            out += w.records.size();
            quarantined += w.quarantine.size();
        }
        listener.progress(new RunListener.Progress(bytesRead, totalBytes, in, out, quarantined,
                (System.nanoTime() - startNanos) / 1e9));
    }
}
