package ai.refinery.learn.nn;

import java.util.List;

/**
 * One step of a {@link Sequential} model on a batch of rows. Arrays are row-major, {@code rows ×
 * inputSize()} in and {@code rows × outputSize()} out. A layer owns its output and input-gradient
 * buffers: they grow to the largest batch seen and are reused, so the arrays it returns are valid
 * until its next call and may be longer than {@code rows × width} (only that prefix is meaningful).
 */
public interface Layer {
    /** Short lower-case type name ({@code dense}, {@code relu}...), used to name layers in a model. */
    String kind();

    int inputSize();

    int outputSize();

    /**
     * Computes the outputs of {@code rows} rows read from {@code input} starting at {@code offset}.
     * Remembers what {@link #backward} needs. {@code training} switches dropout on.
     *
     * @return a buffer whose first {@code rows × outputSize()} values are the outputs
     */
    float[] forward(float[] input, int offset, int rows, boolean training);

    /**
     * Given dLoss/dOutput of the last {@link #forward} (same {@code rows}), sets (overwrites) the
     * gradients of this layer's parameters and, when {@code inputGradient}, returns dLoss/dInput.
     *
     * @return a buffer with {@code rows × inputSize()} values of dLoss/dInput, or null when not asked
     */
    float[] backward(float[] outputGradient, int rows, boolean inputGradient);

    /** Trainable parameters under local names ({@code weight}, {@code bias}); empty for most layers. */
    default List<Parameter> parameters() {
        return List.of();
    }
}
