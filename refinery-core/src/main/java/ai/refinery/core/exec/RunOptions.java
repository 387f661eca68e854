package ai.refinery.core.exec;

import ai.refinery.core.run.RunListener;

/** How to run: whether to resume an interrupted run, who listens to progress, and what modules ask of the run. */
public record RunOptions(boolean resume, RunListener listener, RunHooks hooks) {
    public RunOptions {
        if (listener == null) listener = RunListener.NONE;
        if (hooks == null) hooks = RunHooks.NONE;
    }

    public RunOptions(boolean resume, RunListener listener) {
        this(resume, listener, RunHooks.NONE);
    }

    public static RunOptions defaults() {
        return new RunOptions(false, RunListener.NONE);
    }

    public RunOptions withHooks(RunHooks hooks) {
        return new RunOptions(resume, listener, hooks);
    }
}
