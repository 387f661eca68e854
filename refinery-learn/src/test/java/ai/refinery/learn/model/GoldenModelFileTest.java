package ai.refinery.learn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.refinery.core.record.Record;
import ai.refinery.learn.nn.Activation;
import ai.refinery.learn.nn.MlpSpec;
import ai.refinery.learn.nn.WeightInit;
import ai.refinery.learn.tensor.Tensor;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Guards compatibility: the committed {@code golden/mlp-v1.rfnmodel} was written by an earlier
 * build, and every later build must read it and predict what it predicted then. When this test
 * fails, a change broke existing model files: fix the reader, or bump {@link ModelFile#VERSION}
 * and keep reading version 1. Regenerate the golden files only for a deliberate format change:
 *
 * <pre>./mvnw -pl refinery-learn test -Dtest=GoldenModelFileTest -Drefinery.golden.regenerate=true</pre>
 */
class GoldenModelFileTest {
    private static final String REGENERATE = "refinery.golden.regenerate";
    private static final double TOLERANCE = 1e-6;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The source tree's golden directory (Maven runs tests in the module directory). */
    private static Path goldenDir() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("src/test/resources/golden");
    }

    private static Path modelFile() { return goldenDir().resolve("mlp-v1.rfnmodel"); }

    private static Path predictionsFile() { return goldenDir().resolve("mlp-v1-predictions.json"); }

    @Test
    @DisabledIfSystemProperty(named = REGENERATE, matches = "true")
    void theCommittedFileStartsWithTheVersion1Header() throws IOException {
        ModelBytes m = ModelBytes.parse(Files.readAllBytes(modelFile()));
        assertThat(new String(m.magic, StandardCharsets.US_ASCII)).isEqualTo("RFNMODEL");
        assertThat(m.version).isEqualTo(1);
        assertThat(m.family).isEqualTo("mlp");
        assertThat(m.dataLength).isEqualTo(4L * (4 * 3 + 3 + 3 * 2 + 2));
    }

    @Test
    @DisabledIfSystemProperty(named = REGENERATE, matches = "true")
    void theCommittedModelReadsWithItsSpecFeaturesProvenanceMetricsAndWeights() throws IOException {
        TrainedModel model = ModelFile.read(modelFile());
        assertThat(model.spec()).isEqualTo(new MlpSpec(4, List.of(3), Activation.TANH, 0.1, 2, WeightInit.XAVIER_UNIFORM));
        assertThat(model.features()).isEqualTo(new FeatureSpec("pixels", FeatureEncoding.BYTES, 1.0 / 255, "label", 2,
                List.of("cat", "dog")));
        assertThat(model.provenance()).containsEntry("created_at", "2025-01-01T00:00:00Z")
                .containsEntry("refinery_version", "0.1.0-SNAPSHOT")
                .containsEntry("privacy", null)
                .containsEntry("trainer", Map.of("epochs", 3L, "batch_size", 64L, "seed", 42L));
        assertThat(model.provenance().get("recipe")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("name", "mnist-mlp").containsEntry("fingerprint", "fp-1234");
        assertThat(model.metrics()).containsEntry("accuracy", 0.875).containsEntry("log_loss", 0.3125);

        Map<String, Tensor> weights = model.weights();
        assertThat(weights.keySet()).containsExactly("dense_0.weight", "dense_0.bias", "dense_3.weight", "dense_3.bias");
        int p = 0;
        for (Tensor t : weights.values()) {
            for (int i = 0; i < t.size(); i++) assertThat(t.data()[i]).isEqualTo(TestModels.goldenWeight(p, i));
            p++;
        }
    }

    @Test
    @DisabledIfSystemProperty(named = REGENERATE, matches = "true")
    void theCommittedModelPredictsWhatItPredictedWhenItWasWritten() throws IOException {
        TrainedModel model = ModelFile.read(modelFile());
        JsonNode golden = JSON.readTree(predictionsFile().toFile());
        List<Prediction> predictions = model.predict(records(golden.get("inputs")));
        JsonNode expected = golden.get("expected");
        assertThat(predictions).hasSize(expected.size()).hasSizeGreaterThanOrEqualTo(4);
        for (int r = 0; r < predictions.size(); r++) {
            Prediction p = predictions.get(r);
            JsonNode e = expected.get(r);
            assertThat(p.id()).isEqualTo(e.get("id").asText());
            assertThat(p.predictedClass()).as(p.id()).isEqualTo(e.get("predicted_class").asInt());
            assertThat(p.className()).as(p.id()).isEqualTo(e.get("class_name").asText());
            for (int c = 0; c < p.probabilities().length; c++) {
                assertThat((double) p.probabilities()[c]).as("%s class %d", p.id(), c)
                        .isCloseTo(e.get("probabilities").get(c).asDouble(), within(TOLERANCE));
            }
        }
    }

    /** Writes the golden model and its expected predictions into the source tree. */
    @Test
    @EnabledIfSystemProperty(named = REGENERATE, matches = "true")
    void regenerate() throws IOException {
        Files.createDirectories(goldenDir());
        ModelFile.write(modelFile(), TestModels.golden());
        TrainedModel model = ModelFile.read(modelFile());

        ArrayNode inputs = JSON.createArrayNode();
        int[][] pixels = {{0, 0, 0, 0}, {255, 255, 255, 255}, {255, 0, 128, 64}, {12, 200, 31, 99}, {1, 2, 254, 253}};
        for (int r = 0; r < pixels.length; r++) {
            ObjectNode in = inputs.addObject().put("id", "img-" + r);
            ArrayNode px = in.putArray("pixels");
            for (int v : pixels[r]) px.add(v);
        }
        ArrayNode expected = JSON.createArrayNode();
        for (Prediction p : model.predict(records(inputs))) {
            ObjectNode e = expected.addObject().put("id", p.id()).put("predicted_class", p.predictedClass()).put("class_name", p.className());
            ArrayNode probs = e.putArray("probabilities");
            for (float v : p.probabilities()) probs.add((double) v);
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("about", "Inputs (pixel bytes) and the probabilities mlp-v1.rfnmodel gave them when written; "
                + "see GoldenModelFileTest and refinery-learn/MODEL-FORMAT.md");
        root.set("inputs", inputs);
        root.set("expected", expected);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        Files.writeString(predictionsFile(), JSON.writer(printer).writeValueAsString(root) + "\n");
    }

    private static List<Record> records(JsonNode inputs) {
        List<Record> out = new ArrayList<>();
        for (JsonNode in : inputs) {
            JsonNode px = in.get("pixels");
            byte[] bytes = new byte[px.size()];
            for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) px.get(i).asInt();
            out.add(Record.builder(in.get("id").asText()).set("pixels", bytes).build());
        }
        return out;
    }
}
