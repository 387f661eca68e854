package ai.refinery.text.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.run.RunReport;
import ai.refinery.text.TextRecipes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExactTextDedupTest {
    @TempDir
    Path dir;

    private List<String> kept(String normalize) throws IOException {
        StringBuilder jsonl = new StringBuilder();
        String[][] docs = {
                {"a", "Café prices: 100 euros!"}, {"b", "Café  prices: 100 euros!\n"}, {"c", "cafe PRICES 250 euros"},
                {"d", ""}, {"e", ""}, {"f", "Something else entirely."}, {"g", "Café prices: 100 euros!"}};
        for (String[] d : docs) jsonl.append(TextRecipes.JSON.writeValueAsString(Map.of("name", d[0], "text", d[1]))).append('\n');
        Files.writeString(dir.resolve("docs.jsonl"), jsonl);
        RunReport r = TextRecipes.run(dir, """
                name: exact
                input: {path: docs.jsonl}
                pipeline:
                  - {op: exact_text_dedup, normalize: %s}
                output: {path: out, mode: overwrite}
                """.formatted(normalize));
        assertThat(r.succeeded()).isTrue();
        assertThat(r.records().in()).isEqualTo(r.records().out() + r.records().droppedTotal());
        return TextRecipes.output(dir.resolve("out")).stream().map(j -> j.get("name").asText()).toList();
    }

    @Test
    void normalizationDecidesWhatCountsAsTheSameText() throws IOException {
        assertThat(kept("none")).containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(kept("whitespace")).containsExactly("a", "c", "d", "e", "f");
        assertThat(kept("simplify")).as("digits become 0, accents and punctuation go").containsExactly("a", "d", "e", "f");
    }
}
