package ai.refinery.learn.train;

/**
 * What one epoch achieved. Training loss and accuracy are the means over the epoch's batches (as
 * they were computed, dropout on); validation ones are measured after the epoch in evaluation mode,
 * NaN when there is no validation set.
 */
public record EpochResult(int epoch, double trainLoss, double trainAccuracy, double validationLoss,
                          double validationAccuracy, double learningRate, double seconds) {

    public boolean hasValidation() {
        return !Double.isNaN(validationLoss);
    }
}
