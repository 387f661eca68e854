package ai.refinery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.run.RunReport;
import ai.refinery.core.run.RunReportJson;
import ai.refinery.learn.model.ModelFile;
import ai.refinery.learn.model.TrainedModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mission's reference case on the real MNIST (fetched once into the dataset cache): the
 * Keras setup of {@code recipes/mnist-keras.yaml} must reach its accuracy floor on the test split,
 * and the model file must carry the run's provenance.
 */
class MnistRecipesTest {
    @TempDir Path dir;

    @Test
    void kerasSetupReachesItsAccuracyFloorOnTheTestSplit() throws Exception {
        Path recipe = Path.of("../recipes/mnist-keras.yaml").toAbsolutePath().normalize();
        CliEndToEndTest.Result r = CliEndToEndTest.refinery("train", recipe.toString(), "--no-progress",
                "--set", "output.path=" + dir.resolve("out"));
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        RunReport report = RunReportJson.read(dir.resolve("out/_refinery/run.json"));
        Map<String, Object> evaluate = report.stages().get("evaluate");
        Map<String, Object> train = report.stages().get("train");
        assertThat(train.get("epochs")).isEqualTo(5);
        assertThat(((Number) train.get("samples_per_second")).doubleValue()).isPositive();
        assertThat(evaluate.get("examples")).isEqualTo(10_000);
        double accuracy = ((Number) evaluate.get("accuracy")).doubleValue();
        assertThat(accuracy).as("test accuracy of 784-128-10 / Adam / 5 epochs / batch 32").isGreaterThanOrEqualTo(0.975);
        assertThat(evaluate).containsKeys("macro_f1", "per_class", "confusion_matrix");

        TrainedModel model = ModelFile.read(dir.resolve("out/model.rfnmodel"));
        assertThat(model.metrics().get("test_accuracy")).isEqualTo(accuracy);
        assertThat(model.provenance().get("run_id")).isEqualTo(report.runId());
        assertThat(model.provenance().toString()).contains(report.inputs().get(0).sha256()).contains("require_fields");

        CliEndToEndTest.Result eval = CliEndToEndTest.refinery("evaluate", dir.resolve("out/model.rfnmodel").toString(),
                "--dataset", "mnist", "--option", "split=test");
        assertThat(eval.code()).as(eval.err()).isZero();
        assertThat(eval.out()).contains(String.format("accuracy %.4f", accuracy));

        Path predictions = dir.resolve("predictions.jsonl");
        CliEndToEndTest.Result predict = CliEndToEndTest.refinery("predict", dir.resolve("out/model.rfnmodel").toString(),
                "--dataset", "mnist", "--option", "split=test", "--output", predictions.toString());
        assertThat(predict.code()).as(predict.err()).isZero();
        java.util.List<String> lines = Files.readAllLines(predictions);
        assertThat(lines).hasSize(10_000);
        assertThat(lines.get(0)).startsWith("{\"id\":\"t10k-images-idx3-ubyte:1\",\"predicted\":7,"); // the first test digit is a 7
        Files.deleteIfExists(dir.resolve("out/model.rfnmodel"));
    }
}
