package ai.refinery.learn.nn;

/** The losses a recipe can name ({@code loss: cross_entropy}). */
public enum LossFunction {
    /** {@link SoftmaxCrossEntropy} on the model's logits. */
    CROSS_ENTROPY,
    /** {@link MeanSquaredError} against one-hot targets. */
    MEAN_SQUARED_ERROR;

    public Loss create() {
        return switch (this) {
            case CROSS_ENTROPY -> new SoftmaxCrossEntropy();
            case MEAN_SQUARED_ERROR -> new MeanSquaredError();
        };
    }
}
