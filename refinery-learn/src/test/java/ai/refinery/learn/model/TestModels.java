package ai.refinery.learn.model;

import ai.refinery.core.record.Record;
import ai.refinery.learn.metrics.ClassificationReport;
import ai.refinery.learn.nn.Activation;
import ai.refinery.learn.nn.Mlp;
import ai.refinery.learn.nn.MlpSpec;
import ai.refinery.learn.nn.Parameter;
import ai.refinery.learn.nn.Sequential;
import ai.refinery.learn.nn.SplitMix64;
import ai.refinery.learn.nn.WeightInit;
import ai.refinery.learn.tensor.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small models with realistic provenance and metrics for the model-file tests. */
final class TestModels {
    private TestModels() {}

    /** A 4-3-2 model (tanh, dropout, explicit init: every spec field off its default) with fixed, exactly representable weights. */
    static TrainedModel golden() {
        MlpSpec spec = new MlpSpec(4, List.of(3), Activation.TANH, 0.1, 2, WeightInit.XAVIER_UNIFORM);
        Sequential network = Mlp.build(spec, 7L);
        List<Parameter> params = network.parameters();
        for (int p = 0; p < params.size(); p++) {
            float[] w = params.get(p).value().data();
            for (int i = 0; i < w.length; i++) w[i] = goldenWeight(p, i);
        }
        FeatureSpec features = FeatureSpec.bytes("pixels", FeatureSpec.BYTE_SCALE, "label", 2).withClassNames(List.of("cat", "dog"));
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", 0.875);
        metrics.put("log_loss", 0.3125);
        metrics.put("per_class", List.of(Map.of("class", 0, "f1", 0.8), Map.of("class", 1, "f1", 0.9)));
        return new TrainedModel(spec, network, features, provenance("2025-01-01T00:00:00Z"), metrics);
    }

    /** Weight {@code i} of parameter {@code p} of the golden model: multiples of 1/8 in [-5/8, 5/8]. */
    static float goldenWeight(int p, int i) {
        return ((i * 7 + p * 4) % 11 - 5) / 8f;
    }

    /** A 20-16-8-5 model with seeded weights, a few special values, and a real classification report as metrics. */
    static TrainedModel random(long seed) {
        MlpSpec spec = new MlpSpec(20, List.of(16, 8), Activation.RELU, 0.2, 5, WeightInit.HE_UNIFORM);
        Sequential network = Mlp.build(spec, seed);
        float[] w = network.parameters().get(0).value().data();
        w[0] = -0.0f; // bit-identical means the sign of zero too
        w[1] = Float.MIN_VALUE;
        w[2] = -Float.MAX_VALUE / 1e30f;
        float[] bias = network.parameters().get(1).value().data();
        SplitMix64 random = new SplitMix64(seed ^ 0x5EED);
        for (int i = 0; i < bias.length; i++) bias[i] = (float) random.nextGaussian() * 0.1f;

        FeatureSpec features = FeatureSpec.floatVector("embedding", "topic", 5)
                .withClassNames(List.of("sports", "politics", "science", "arts", "other"));
        Tensor probabilities = network.predictProbabilities(Tensor.wrap(inputs(seed, 30, 20), 30, 20));
        int[] labels = new int[30];
        for (int i = 0; i < labels.length; i++) labels[i] = i % 3; // classes 3 and 4 absent: NaN-free but sparse
        Map<String, Object> metrics = new LinkedHashMap<>(ClassificationReport.of(probabilities, labels, 5).toMap());
        metrics.put("epochs", 3);
        metrics.put("best_validation_loss", 0.69314718f);
        return new TrainedModel(spec, network, features, provenance("2025-06-30T12:34:56.789Z"), metrics);
    }

    static Map<String, Object> provenance(String createdAt) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("created_at", createdAt);
        p.put("refinery_version", "0.1.0-SNAPSHOT");
        p.put("recipe", Map.of("name", "mnist-mlp", "path", "recipes/mnist.yaml",
                "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "fingerprint", "fp-1234"));
        p.put("datasets", List.of(Map.of("role", "train", "sha256", "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                "records", 60000L)));
        List<Object> operators = new ArrayList<>();
        operators.add(Map.of("op", "require_fields", "config", Map.of("fields", List.of("pixels", "label"))));
        operators.add(Map.of("op", "shuffle", "config", Map.of(), "seed", 42));
        p.put("operators", operators);
        p.put("trainer", Map.of("epochs", 3, "batch_size", 64, "seed", 42));
        p.put("optimizer", Map.of("name", "adam", "learning_rate", 0.001, "betas", List.of(0.9, 0.999)));
        p.put("privacy", null);
        return p;
    }

    /** {@code rows × cols} seeded inputs in [-1, 1). */
    static float[] inputs(long seed, int rows, int cols) {
        SplitMix64 random = new SplitMix64(seed);
        float[] x = new float[rows * cols];
        for (int i = 0; i < x.length; i++) x[i] = (float) (2 * random.nextDouble() - 1);
        return x;
    }

    /** Records whose {@code embedding} field holds rows of {@link #inputs}. */
    static List<Record> embeddingRecords(long seed, int rows, int cols) {
        float[] x = inputs(seed, rows, cols);
        List<Record> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            float[] row = java.util.Arrays.copyOfRange(x, r * cols, (r + 1) * cols);
            out.add(Record.builder("r" + r).set("embedding", row).set("topic", (long) (r % 5)).build());
        }
        return out;
    }
}
