package ai.refinery.learn.nn;

import ai.refinery.learn.tensor.Tensor;

/**
 * A trainable tensor and its gradient, as optimizers and model files see it. The name is unique
 * within a model ({@code dense_0.weight}); {@link #decayed()} says whether weight decay applies
 * (weights yes, biases no: the "no bias decay" of He et al., "Bag of Tricks for Image
 * Classification with CNNs", CVPR 2019, §3.1).
 */
public final class Parameter {
    private final String name;
    private final Tensor value;
    private final Tensor gradient;
    private final boolean decayed;

    public Parameter(String name, Tensor value, Tensor gradient, boolean decayed) {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("parameter name must not be empty");
        if (!value.sameShape(gradient)) {
            throw new IllegalArgumentException("parameter " + name + ": value " + value + " and gradient " + gradient + " differ in shape");
        }
        this.name = name;
        this.value = value;
        this.gradient = gradient;
        this.decayed = decayed;
    }

    public String name() { return name; }
    public Tensor value() { return value; }
    public Tensor gradient() { return gradient; }
    public boolean decayed() { return decayed; }
    public int[] shape() { return value.shape(); }
    public int size() { return value.size(); }

    /** The same tensors under another name (a model prefixes its layers' parameter names). */
    public Parameter renamed(String newName) {
        return new Parameter(newName, value, gradient, decayed);
    }

    @Override
    public String toString() {
        return name + java.util.Arrays.toString(value.shape());
    }
}
