package ai.refinery.text.stats;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.run.RunReport;
import ai.refinery.text.TextRecipes;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextStatsExtensionTest {
    @TempDir
    Path dir;

    private void writeDocs() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            String text = "Document " + i + " has a few words.\nA shared footer line that repeats everywhere";
            jsonl.append(TextRecipes.JSON.writeValueAsString(Map.of("id", "d" + i, "text", text))).append('\n');
        }
        jsonl.append("{\"id\": \"n\", \"other\": 1}\n");
        Files.writeString(dir.resolve("docs.jsonl"), jsonl);
    }

    private RunReport run(String extra) throws IOException {
        return TextRecipes.run(dir, """
                name: stats
                input: {path: docs.jsonl}
                pipeline:
                  - {op: line_dedup, max_documents: 5}
                output: {path: out, mode: overwrite}
                """ + extra);
    }

    @Test
    void reportsTheCorpusBeforeAndAfterWhenTextOperatorsRun() throws IOException {
        writeDocs();
        assertThat(run("").succeeded()).isTrue();
        JsonNode text = TextRecipes.runJson(dir.resolve("out")).get(TextStatsExtension.RUN_SECTION);
        assertThat(text.get("field").asText()).isEqualTo("text");
        JsonNode in = text.get("input");
        JsonNode out = text.get("output");
        assertThat(in.get("documents").asLong()).isEqualTo(21);
        assertThat(in.get("without_text").asLong()).isEqualTo(1);
        // "Document 7 has a few words." is 6 words; the footer 7 more
        assertThat(in.get("words").asLong()).isEqualTo(20 * 13);
        assertThat(out.get("words").asLong()).isEqualTo(20 * 6);
        assertThat(out.get("characters").asLong()).isLessThan(in.get("characters").asLong());
        JsonNode hist = out.get("words_per_document");
        assertThat(hist.get("count").asLong()).isEqualTo(20);
        long binned = 0;
        for (JsonNode b : hist.get("bins")) {
            assertThat(b.get("from").asDouble()).isLessThanOrEqualTo(6).as("bin %s", b);
            binned += b.get("count").asLong();
        }
        assertThat(binned).isEqualTo(20);
        assertThat(out.get("meta_figures").get("lines_removed").get("count").asLong()).isEqualTo(20);
    }

    @Test
    void canBeTurnedOffAndStaysOutOfRunsWithoutTextOperators() throws IOException {
        writeDocs();
        run("text_stats: {enabled: false}\n");
        assertThat(TextRecipes.runJson(dir.resolve("out")).has(TextStatsExtension.RUN_SECTION)).isFalse();
        TextRecipes.run(dir, """
                name: plain
                input: {path: docs.jsonl}
                output: {path: plain, mode: overwrite}
                """);
        assertThat(TextRecipes.runJson(dir.resolve("plain")).has(TextStatsExtension.RUN_SECTION)).isFalse();
    }

    @Test
    void countsWordsAsRunsOfLettersAndDigits() {
        assertThat(CorpusStats.wordCount("")).isZero();
        assertThat(CorpusStats.wordCount("  -- ")).isZero();
        assertThat(CorpusStats.wordCount("l'été, 2024: naïve—café!")).isEqualTo(5);
        assertThat(CorpusStats.wordCount("日本語 text")).isEqualTo(2);
    }
}
