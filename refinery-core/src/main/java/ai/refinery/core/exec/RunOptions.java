package ai.refinery.core.exec;

import ai.refinery.core.run.RunListener;

/** How to run: whether to resume an interrupted run, and who listens to progress. */
public record RunOptions(boolean resume, RunListener listener) {
    public RunOptions {
        if (listener == null) listener = RunListener.NONE;
    }

    public static RunOptions defaults() {
        return new RunOptions(false, RunListener.NONE);
    }
}
