package ai.refinery.text;

import ai.refinery.core.exec.RecipeRunner;
import ai.refinery.core.exec.RunOptions;
import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.core.run.RunReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs recipes written into a test's directory and reads what they wrote (test only). */
public final class TextRecipes {
    public static final ObjectMapper JSON = new ObjectMapper();

    private TextRecipes() {}

    /** Writes {@code yaml} to {@code dir/r.yaml} and runs it with the local executor. */
    public static RunReport run(Path dir, String yaml) throws IOException {
        Files.writeString(dir.resolve("r.yaml"), yaml);
        return new RecipeRunner().run(RecipeLoader.withDefaults().load(dir.resolve("r.yaml"), List.of()), RunOptions.defaults());
    }

    /** The records of the JSONL shards in {@code out}, in order. */
    public static List<JsonNode> output(Path out) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        try (var files = Files.list(out)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) records.add(JSON.readTree(line));
            }
        }
        return records;
    }

    public static JsonNode runJson(Path out) throws IOException {
        return JSON.readTree(out.resolve("_refinery/run.json").toFile());
    }
}
