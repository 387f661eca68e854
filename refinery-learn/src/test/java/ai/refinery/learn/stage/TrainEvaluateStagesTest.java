package ai.refinery.learn.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.exec.RecipeRunner;
import ai.refinery.core.exec.RunOptions;
import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.core.run.RunReport;
import ai.refinery.learn.model.FeatureEncoding;
import ai.refinery.learn.model.ModelFile;
import ai.refinery.learn.model.TrainedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The train and evaluate stages on a small recipe: three seeded Gaussian blobs as JSON lists. */
class TrainEvaluateStagesTest {
    @TempDir Path dir;
    private final long seed = Long.getLong("refinery.test.seed", System.nanoTime());

    private void blobs(String name, int n, Random rnd) throws IOException {
        StringBuilder sb = new StringBuilder();
        double[][] centers = {{-3, 0}, {3, 0}, {0, 4}};
        for (int i = 0; i < n; i++) {
            int c = i % 3;
            if (i % 50 == 7) sb.append("{\"xy\": [1.0, 2.0]}\n"); // no label: dropped by the pipeline
            sb.append(String.format("{\"xy\": [%.4f, %.4f], \"y\": %d}%n",
                    centers[c][0] + rnd.nextGaussian(), centers[c][1] + rnd.nextGaussian(), c));
        }
        Files.writeString(dir.resolve(name), sb.toString());
    }

    private static final String RECIPE = """
            name: blobs
            input: {path: train.jsonl}
            pipeline: [{op: require_fields, fields: [xy, y]}]
            output: {path: out}
            train:
              features: xy
              label: y
              model: {hidden: [16], activation: tanh}
              optimizer: {type: adam, learning_rate: 0.01}
              epochs: 20
              batch_size: 16
              validation_fraction: 0.2
            evaluate:
              input: {path: test.jsonl}
            """;

    @Test
    void trainsEvaluatesAndWritesAModelWithProvenance() throws IOException {
        Random rnd = new Random(seed);
        blobs("train.jsonl", 600, rnd);
        blobs("test.jsonl", 300, rnd);
        Files.writeString(dir.resolve("r.yaml"), RECIPE);
        RunReport r = new RecipeRunner().run(RecipeLoader.withDefaults().load(dir.resolve("r.yaml"), List.of()), RunOptions.defaults());
        assertThat(r.succeeded()).as("seed %d: %s", seed, r.failure()).isTrue();
        Map<String, Object> train = r.stages().get("train");
        Map<String, Object> evaluate = r.stages().get("evaluate");
        assertThat(train).containsEntry("examples", 600).containsEntry("classes", 3).containsEntry("epochs", 20);
        assertThat((List<?>) train.get("history")).hasSize(20);
        assertThat((double) train.get("validation_accuracy")).as("seed %d", seed).isGreaterThan(0.95);
        assertThat(evaluate).containsEntry("examples", 300);
        assertThat((double) evaluate.get("accuracy")).as("seed %d", seed).isGreaterThan(0.95);
        assertThat(((Number) evaluate.get("input_records")).longValue()).isEqualTo(306); // 6 unlabelled ones dropped

        TrainedModel model = ModelFile.read(dir.resolve("out/model.rfnmodel"));
        assertThat(model.features().encoding()).isEqualTo(FeatureEncoding.LIST);
        assertThat(model.spec().hidden()).containsExactly(16);
        assertThat(model.metrics()).containsKeys("train_loss", "validation_accuracy", "test_accuracy");
        assertThat(model.provenance()).containsKeys("recipe", "inputs", "pipeline", "trainer", "optimizer");
        assertThat(model.provenance().get("run_id")).isEqualTo(r.runId());
    }

    @Test
    void sectionErrorsAreReportedBeforeAnyDataIsRead() throws IOException {
        Files.writeString(dir.resolve("train.jsonl"), "{}\n");
        Files.writeString(dir.resolve("r.yaml"), RECIPE.replace("epochs: 20", "epoch: 20"));
        assertThatThrownBy(() -> RecipeLoader.withDefaults().load(dir.resolve("r.yaml"), List.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("r.yaml:10:3").hasMessageContaining("did you mean 'epochs'");
        Files.writeString(dir.resolve("r.yaml"), RECIPE.replace("type: adam", "type: adagrad"));
        assertThatThrownBy(() -> RecipeLoader.withDefaults().load(dir.resolve("r.yaml"), List.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("adagrad");
        Files.writeString(dir.resolve("r.yaml"), RECIPE.replace("train:", "trian:"));
        assertThatThrownBy(() -> RecipeLoader.withDefaults().load(dir.resolve("r.yaml"), List.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("did you mean 'train'");
    }
}
