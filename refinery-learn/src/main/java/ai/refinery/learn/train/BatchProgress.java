package ai.refinery.learn.train;

/**
 * Where an epoch stands after one batch: that batch's loss, the mean loss and accuracy over the
 * epoch so far (on training examples, with dropout on), throughput and the rate used.
 */
public record BatchProgress(int epoch, int epochs, int batch, int batches, double loss, double meanLoss,
                            double runningAccuracy, double samplesPerSecond, double learningRate) {}
