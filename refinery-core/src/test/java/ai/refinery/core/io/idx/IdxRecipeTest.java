package ai.refinery.core.io.idx;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.exec.RecipeRunner;
import ai.refinery.core.exec.RunOptions;
import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.core.run.RunReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An IDX input through the whole engine: found by its name, gunzipped, hashed, labelled. */
class IdxRecipeTest {
    @TempDir Path dir;

    @Test
    void mnistStyleFilesRunThroughARecipe() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        byte[] pixels = new byte[4 * 28 * 28];
        for (int i = 0; i < pixels.length; i++) pixels[i] = (byte) i;
        IdxWriter.ubyte(dir.resolve("data/train-images-idx3-ubyte.gz"), pixels, 4, 28, 28);
        IdxWriter.labels(dir.resolve("data/train-labels-idx1-ubyte"), 5, 0, 4, 1);
        Files.writeString(dir.resolve("r.yaml"), """
                name: idx
                input:
                  path: data
                  options: {labels: train-labels-idx1-ubyte, as: floats}
                pipeline:
                  - {op: filter, where: "label != 0", reason: zero}
                output: {path: out}
                """);

        RunReport r = new RecipeRunner().run(RecipeLoader.withDefaults().load(dir.resolve("r.yaml"), List.of()), RunOptions.defaults());

        assertThat(r.succeeded()).as(r.failure()).isTrue();
        assertThat(r.records().in()).isEqualTo(4);
        assertThat(r.records().out()).isEqualTo(3);
        assertThat(r.inputs()).singleElement().satisfies(in -> {
            assertThat(in.format()).isEqualTo("idx");
            assertThat(in.path()).isEqualTo("train-images-idx3-ubyte.gz");
            assertThat(in.sha256()).hasSize(64);
            assertThat(in.records()).isEqualTo(4);
        });
        List<String> lines = Files.readAllLines(dir.resolve("out/part-00000.jsonl"));
        assertThat(lines).hasSize(3);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("label").asLong()).isEqualTo(5);
        assertThat(first.get("rows").asLong()).isEqualTo(28);
        assertThat(first.get("image")).hasSize(784);
        assertThat(first.get("image").get(255).floatValue()).isEqualTo(1f);
    }
}
