package ai.refinery.learn.train;

/**
 * Patience on a validation metric: stops after {@code patience} epochs in a row without a strict
 * improvement of the best value so far. Its state is saved in checkpoints.
 */
final class EarlyStopping {
    private final TrainerConfig.Monitor monitor;
    private final int patience;
    private double best;
    private int bestEpoch;
    private int epochsWithoutImprovement;

    EarlyStopping(TrainerConfig.Monitor monitor, int patience) {
        this.monitor = monitor;
        this.patience = patience;
        this.best = monitor == TrainerConfig.Monitor.VAL_LOSS ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    /** Records an epoch; true when training should stop after it. */
    boolean update(EpochResult r) {
        if (!r.hasValidation()) return false;
        double value = monitor == TrainerConfig.Monitor.VAL_LOSS ? r.validationLoss() : r.validationAccuracy();
        boolean better = monitor == TrainerConfig.Monitor.VAL_LOSS ? value < best : value > best;
        if (better) {
            best = value;
            bestEpoch = r.epoch();
            epochsWithoutImprovement = 0;
        } else {
            epochsWithoutImprovement++;
        }
        return patience > 0 && epochsWithoutImprovement >= patience;
    }

    double best() { return best; }
    int bestEpoch() { return bestEpoch; }
    int epochsWithoutImprovement() { return epochsWithoutImprovement; }

    void restore(double savedBest, int savedBestEpoch, int savedEpochsWithoutImprovement) {
        best = savedBest;
        bestEpoch = savedBestEpoch;
        epochsWithoutImprovement = savedEpochsWithoutImprovement;
    }
}
