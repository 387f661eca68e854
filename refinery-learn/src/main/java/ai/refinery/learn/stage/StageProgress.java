package ai.refinery.learn.stage;

import ai.refinery.core.run.RunListener;
import ai.refinery.learn.train.BatchProgress;
import ai.refinery.learn.train.TrainingListener;

/** Turns training progress into the run's stage progress (the CLI's bar). */
final class StageProgress implements TrainingListener {
    private final RunListener listener;
    private final String stage;

    StageProgress(RunListener listener, String stage) {
        this.listener = listener;
        this.stage = stage;
    }

    @Override
    public void onBatchEnd(BatchProgress p) {
        double fraction = ((p.epoch() - 1) + (double) p.batch() / p.batches()) / p.epochs();
        listener.stageProgress(stage, fraction, String.format("epoch %d/%d  loss %.4f  acc %.2f%%  %,.0f samples/s",
                p.epoch(), p.epochs(), p.meanLoss(), 100 * p.runningAccuracy(), p.samplesPerSecond()));
    }
}
