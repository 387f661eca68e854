package ai.refinery.core.exec;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.core.run.RunReport;
import ai.refinery.core.run.RunReportJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeRunnerTest {
    @TempDir Path dir;

    private RunReport run(String yaml) throws IOException {
        Files.writeString(dir.resolve("r.yaml"), yaml);
        return new RecipeRunner().run(RecipeLoader.withDefaults().load(dir.resolve("r.yaml"), List.of()), RunOptions.defaults());
    }

    @Test
    void stagesRunAfterThePipelineAndAddTheirSectionToRunJson() throws IOException {
        Files.writeString(dir.resolve("train.jsonl"), "{\"text\":\"alpha\"}\n{\"text\":\"b\"}\n{\"text\":\"gamma\"}\n");
        Files.writeString(dir.resolve("test.jsonl"), "{\"text\":\"delta\"}\n{\"text\":\"e\"}\n");
        RunReport r = run("""
                name: staged
                input: {path: train.jsonl}
                pipeline: [{op: test_min_length, min: 2}]
                output: {path: out}
                evaluate:
                  input: {path: test.jsonl}
                """);
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        assertThat(r.stages().get("evaluate")).containsEntry("records", 2L).containsEntry("refined_in", 2L).containsEntry("refined_out", 1L);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out/_refinery/run.json").toFile());
        assertThat(json.get("evaluate").get("refined_out").asLong()).isEqualTo(1);
        assertThat(json.get("status").asText()).isEqualTo("succeeded");
        RunReport back = RunReportJson.read(dir.resolve("out/_refinery/run.json"));
        assertThat(back.stages().get("evaluate")).containsEntry("records", 2);
        assertThat(dir.resolve("out/_refinery/evaluate/part-00000.jsonl")).exists();
    }

    @Test
    void aFailingStageFailsTheRun() throws IOException {
        Files.writeString(dir.resolve("train.jsonl"), "{\"text\":\"alpha\"}\n");
        RunReport r = run("name: s\ninput: {path: train.jsonl}\noutput: {path: out}\nevaluate: {fail: no model to evaluate}\n");
        assertThat(r.status()).isEqualTo(RunReport.Status.FAILED);
        assertThat(r.failure()).isEqualTo("evaluate failed: no model to evaluate");
        assertThat(RunReportJson.read(dir.resolve("out/_refinery/run.json")).status()).isEqualTo(RunReport.Status.FAILED);
    }
}
