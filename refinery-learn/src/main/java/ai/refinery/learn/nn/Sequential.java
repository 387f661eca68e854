package ai.refinery.learn.nn;

import ai.refinery.learn.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Layers applied one after another; the last layer's outputs are the model's outputs (logits for
 * a classifier: softmax lives in the loss and in {@link #predictProbabilities}). Layers are named
 * by kind and position ({@code dense_0}, {@code relu_1}...) and their parameters
 * {@code dense_0.weight}, {@code dense_0.bias}: {@link #parameters()} lists them in model order,
 * which is what optimizers, checkpoints and model files enumerate.
 *
 * <p>Not thread-safe: layers keep per-batch buffers.
 */
public final class Sequential {
    /** Rows per forward pass when predicting, which bounds the layers' buffers. */
    private static final int PREDICT_CHUNK = 512;

    private final List<Layer> layers;
    private final List<String> names;
    private final List<Parameter> parameters;
    private final List<RandomLayer> randomLayers;
    private final int firstWithParameters;

    public Sequential(List<Layer> layers) {
        if (layers.isEmpty()) throw new IllegalArgumentException("a model needs at least one layer");
        this.layers = List.copyOf(layers);
        List<String> layerNames = new ArrayList<>();
        List<Parameter> params = new ArrayList<>();
        List<RandomLayer> random = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < this.layers.size(); i++) {
            Layer layer = this.layers.get(i);
            if (i > 0 && this.layers.get(i - 1).outputSize() != layer.inputSize()) {
                throw new IllegalArgumentException("layer " + i + " (" + layer.kind() + ") takes " + layer.inputSize()
                        + " inputs but layer " + (i - 1) + " gives " + this.layers.get(i - 1).outputSize());
            }
            String name = layer.kind() + "_" + i;
            layerNames.add(name);
            for (Parameter p : layer.parameters()) params.add(p.renamed(name + "." + p.name()));
            if (!layer.parameters().isEmpty() && first < 0) first = i;
            if (layer instanceof RandomLayer r) random.add(r);
        }
        this.names = List.copyOf(layerNames);
        this.parameters = Collections.unmodifiableList(params);
        this.randomLayers = List.copyOf(random);
        this.firstWithParameters = first;
    }

    public List<Layer> layers() { return layers; }

    /** Name of layer {@code i}: kind and position, e.g. {@code dense_0}. */
    public String layerName(int i) { return names.get(i); }

    public int inputSize() { return layers.get(0).inputSize(); }

    public int outputSize() { return layers.get(layers.size() - 1).outputSize(); }

    /** Every trainable parameter, in layer order; the tensors are live (not copies). */
    public List<Parameter> parameters() { return parameters; }

    public long parameterCount() {
        long n = 0;
        for (Parameter p : parameters) n += p.size();
        return n;
    }

    /**
     * Runs {@code rows} rows of {@code input} (from {@code offset}) through every layer.
     *
     * @return the last layer's buffer; its first {@code rows × outputSize()} values are the outputs
     */
    public float[] forward(float[] input, int offset, int rows, boolean training) {
        if (rows < 1) throw new IllegalArgumentException("rows must be >= 1, got " + rows);
        if (offset < 0 || (long) offset + (long) rows * inputSize() > input.length) {
            throw new IllegalArgumentException(rows + " rows of " + inputSize() + " from offset " + offset
                    + " do not fit in an input of " + input.length + " values");
        }
        float[] x = input;
        int at = offset;
        for (Layer layer : layers) {
            x = layer.forward(x, at, rows, training);
            at = 0;
        }
        return x;
    }

    /**
     * Back-propagates dLoss/dOutputs of the last {@link #forward} and sets every parameter's
     * gradient. Layers before the first one with parameters are skipped.
     */
    public void backward(float[] outputGradient, int rows) {
        float[] g = outputGradient;
        for (int i = layers.size() - 1; i >= Math.max(firstWithParameters, 0); i--) {
            g = layers.get(i).backward(g, rows, i > firstWithParameters);
        }
    }

    /** The raw outputs (rows × outputSize) for each row of {@code features}, in evaluation mode. */
    public Tensor predict(Tensor features) {
        return predictRows(features, false);
    }

    /** Softmax of the outputs (rows × classes) for each row of {@code features}, in evaluation mode. */
    public Tensor predictProbabilities(Tensor features) {
        return predictRows(features, true);
    }

    private Tensor predictRows(Tensor features, boolean softmax) {
        int rows = features.rows();
        if (features.cols() != inputSize()) {
            throw new IllegalArgumentException("model takes " + inputSize() + " features per row, got " + features);
        }
        int width = outputSize();
        Tensor out = Tensor.zeros(rows, width);
        float[] x = features.data();
        for (int start = 0; start < rows; start += PREDICT_CHUNK) {
            int n = Math.min(PREDICT_CHUNK, rows - start);
            float[] y = forward(x, start * inputSize(), n, false);
            if (softmax) Softmax.rows(y, 0, n, width, out.data(), start * width);
            else System.arraycopy(y, 0, out.data(), start * width, n * width);
        }
        return out;
    }

    /**
     * Copies parameter values in by name (as read from a model file or checkpoint). Every
     * parameter of this model must be given, with its shape, and no other.
     */
    public void load(Map<String, Tensor> values) {
        Set<String> known = new HashSet<>();
        for (Parameter p : parameters) {
            known.add(p.name());
            Tensor v = values.get(p.name());
            if (v == null) throw new IllegalArgumentException("no value for parameter " + p.name() + " " + Arrays.toString(p.shape()));
            if (!v.sameShape(p.value())) {
                throw new IllegalArgumentException("parameter " + p.name() + " has shape " + Arrays.toString(p.shape())
                        + " but the value given has shape " + Arrays.toString(v.shape()));
            }
        }
        for (String name : values.keySet()) {
            if (!known.contains(name)) throw new IllegalArgumentException("this model has no parameter " + name + "; it has " + names());
        }
        for (Parameter p : parameters) {
            float[] src = values.get(p.name()).data();
            System.arraycopy(src, 0, p.value().data(), 0, src.length);
        }
    }

    private List<String> names() {
        List<String> out = new ArrayList<>();
        for (Parameter p : parameters) out.add(p.name());
        return out;
    }

    /** Generator states of the layers that draw random numbers (dropout), in layer order. */
    public long[] randomStates() {
        long[] states = new long[randomLayers.size()];
        for (int i = 0; i < states.length; i++) states[i] = randomLayers.get(i).randomState();
        return states;
    }

    public void restoreRandomStates(long[] states) {
        if (states.length != randomLayers.size()) {
            throw new IllegalArgumentException("model has " + randomLayers.size() + " random layers, got " + states.length + " states");
        }
        for (int i = 0; i < states.length; i++) randomLayers.get(i).restoreRandomState(states[i]);
    }

    /** One line per layer, e.g. {@code dense_0 784→500 (392500 parameters)}. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            long n = 0;
            for (Parameter p : l.parameters()) n += p.size();
            sb.append(names.get(i)).append(' ').append(l.inputSize()).append('→').append(l.outputSize());
            if (n > 0) sb.append(" (").append(n).append(" parameters)");
            sb.append('\n');
        }
        return sb.append("total ").append(parameterCount()).append(" parameters").toString();
    }

    @Override
    public String toString() {
        return "Sequential" + names;
    }
}
