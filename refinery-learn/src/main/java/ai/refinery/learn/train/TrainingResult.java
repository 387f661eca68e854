package ai.refinery.learn.train;

import java.util.List;

/**
 * The outcome of {@link Trainer#fit}: one {@link EpochResult} per epoch run (including epochs run
 * before a resume), whether early stopping ended it, and the epoch with the best monitored metric
 * (0 without validation).
 */
public record TrainingResult(List<EpochResult> history, boolean stoppedEarly, int bestEpoch) {
    public TrainingResult {
        history = List.copyOf(history);
    }

    public EpochResult last() {
        return history.get(history.size() - 1);
    }

    public int epochsRun() {
        return history.size();
    }
}
