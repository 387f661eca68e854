package ai.refinery.learn.model;

import ai.refinery.core.record.Record;
import ai.refinery.learn.metrics.ClassificationMetrics;
import ai.refinery.learn.nn.Mlp;
import ai.refinery.learn.nn.MlpSpec;
import ai.refinery.learn.nn.Parameter;
import ai.refinery.learn.nn.Sequential;
import ai.refinery.learn.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained classifier as a model file holds it: the {@link MlpSpec}, the weights, where its input
 * and label live in a record ({@link FeatureSpec}), where it came from (provenance: dataset content
 * hashes, recipe, operator chain, trainer config and seed, optimizer, created_at, Refinery version)
 * and how well it did (metrics). Stored by {@link ModelFile}.
 *
 * <p>Immutable: the weights are copied in, and {@link #weights()} and {@link #newNetwork()} copy
 * them out, so training on the source network afterwards does not change this model. Predicting
 * is thread-safe; the network keeps per-batch buffers, so concurrent calls take turns.
 */
public final class TrainedModel {
    /** Records per forward pass in {@link #predict}: bounds the feature matrix of a long list. */
    private static final int PREDICT_BATCH = 256;

    private final MlpSpec spec;
    private final FeatureSpec features;
    private final Map<String, Object> provenance;
    private final Map<String, Object> metrics;
    private final Sequential network;

    /**
     * @param network a network built for {@code spec} ({@link Mlp#build}); its current weights are copied
     * @throws IllegalArgumentException when the network's parameters do not fit the spec, the feature
     *     spec's class count differs from the spec's, or a map holds a value JSON cannot
     */
    public TrainedModel(MlpSpec spec, Sequential network, FeatureSpec features,
                        Map<String, ?> provenance, Map<String, ?> metrics) {
        this(spec, features, provenance, metrics, copyOf(network));
    }

    /** A model from parameter values by name, as {@link ModelFile#read} finds them. */
    static TrainedModel fromWeights(MlpSpec spec, FeatureSpec features, Map<String, ?> provenance,
                                    Map<String, ?> metrics, Map<String, Tensor> weights) {
        return new TrainedModel(spec, features, provenance, metrics, weights);
    }

    private TrainedModel(MlpSpec spec, FeatureSpec features, Map<String, ?> provenance, Map<String, ?> metrics,
                         Map<String, Tensor> weights) {
        if (spec == null || features == null) throw new IllegalArgumentException("a model needs its spec and feature spec");
        if (features.classes() != spec.classes()) {
            throw new IllegalArgumentException("the feature spec has " + features.classes() + " classes but the model spec "
                    + spec.classes());
        }
        this.spec = spec;
        this.features = features;
        this.provenance = JsonValues.copyMap(provenance, "provenance");
        this.metrics = JsonValues.copyMap(metrics, "metrics");
        // The seed only sets initial weights, all of which load() replaces; load() also refuses
        // missing, extra or wrong-shaped parameters, so the weights must fit the spec.
        this.network = Mlp.build(spec, 0L);
        network.load(weights);
    }

    private static Map<String, Tensor> copyOf(Sequential network) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Parameter p : network.parameters()) out.put(p.name(), p.value().copy());
        return out;
    }

    public MlpSpec spec() { return spec; }

    public FeatureSpec features() { return features; }

    /** Unmodifiable; numbers are Long or Double, nested values lists and maps. */
    public Map<String, Object> provenance() { return provenance; }

    /** Unmodifiable; numbers are Long or Double, nested values lists and maps. */
    public Map<String, Object> metrics() { return metrics; }

    public int inputSize() { return spec.inputSize(); }

    public int classes() { return spec.classes(); }

    /** Copies of the parameter values by name, in model order ({@code dense_0.weight}, {@code dense_0.bias}, ...). */
    public Map<String, Tensor> weights() {
        return copyOf(network);
    }

    /** A new network with a copy of this model's weights, for the caller to own (fine-tune, evaluate). */
    public Sequential newNetwork() {
        Sequential copy = Mlp.build(spec, 0L);
        copy.load(weights());
        return copy;
    }

    /** Names, shapes and values of the parameters in model order, for {@link ModelFile}: not to be modified. */
    List<Parameter> parameters() {
        return network.parameters();
    }

    /**
     * The input vector of {@code record}: its input field decoded as the feature spec says, times the scale.
     *
     * @throws IllegalArgumentException naming the record id and field when the field is missing or
     *     null, of another type, of another length, or holds a non-finite or non-numeric value
     */
    public float[] featuresOf(Record record) {
        float[] out = new float[spec.inputSize()];
        RecordFeatures.encode(features, out.length, record, out, 0);
        return out;
    }

    /** Softmax probabilities (rows × classes) for rows of input vectors (rows × inputSize). */
    public synchronized Tensor predictProbabilities(Tensor inputs) {
        return network.predictProbabilities(inputs);
    }

    /** One prediction per record, in order; a record the model cannot read fails the call ({@link #featuresOf}). */
    public List<Prediction> predict(List<Record> records) {
        int n = spec.inputSize();
        int k = spec.classes();
        List<Prediction> out = new ArrayList<>(records.size());
        for (int start = 0; start < records.size(); start += PREDICT_BATCH) {
            int rows = Math.min(PREDICT_BATCH, records.size() - start);
            float[] x = new float[rows * n];
            for (int r = 0; r < rows; r++) RecordFeatures.encode(features, n, records.get(start + r), x, r * n);
            float[] p = predictProbabilities(Tensor.wrap(x, rows, n)).data();
            for (int r = 0; r < rows; r++) {
                int best = ClassificationMetrics.argmax(p, r * k, k);
                out.add(new Prediction(records.get(start + r).id(), best, features.className(best),
                        Arrays.copyOfRange(p, r * k, (r + 1) * k)));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "TrainedModel{" + spec + ", " + features + ", " + network.parameterCount() + " parameters}";
    }
}
