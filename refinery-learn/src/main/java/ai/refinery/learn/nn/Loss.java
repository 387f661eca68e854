package ai.refinery.learn.nn;

/** A loss between a model's outputs and integer class labels, averaged over the batch. */
public interface Loss {
    /**
     * The mean loss over {@code rows} rows of {@code outputs} ({@code rows × classes}) against
     * {@code labels[0..rows)}. When {@code gradient} is not null, also writes dLoss/dOutputs into
     * its first {@code rows × classes} values.
     *
     * @throws IllegalArgumentException when a label is outside [0, classes)
     */
    double evaluate(float[] outputs, int[] labels, int rows, int classes, float[] gradient);
}
