package ai.refinery.text.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.run.RunReport;
import ai.refinery.text.TextRecipes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** line_dedup end to end: the fitting pass learns the repeated lines, the run removes them. */
class LineDedupTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FOOTER = "To unsubscribe from this list send mail to list-request";

    @TempDir
    Path dir;

    /** 30 mails: a footer in all (spacing and case vary), a quote in 3, a short "Thanks," in all. */
    private void writeMails() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            String footer = i % 2 == 0 ? FOOTER : "  " + FOOTER.toUpperCase().replace(" ", "   ");
            String quote = i < 3 ? "> the quoted paragraph of a thread, repeated in three replies\n" : "";
            String text = "Mail number " + i + " talks about topic " + (i * 7) + ".\n" + quote + "Thanks,\n" + footer;
            jsonl.append(JSON.writeValueAsString(java.util.Map.of("id", "m" + i, "text", text))).append('\n');
        }
        Files.writeString(dir.resolve("mails.jsonl"), jsonl);
    }

    private RunReport run(String step) throws IOException {
        return TextRecipes.run(dir, """
                name: lines
                input: {path: mails.jsonl}
                pipeline:
                  - %s
                output: {path: out, mode: overwrite}
                """.formatted(step));
    }

    private List<JsonNode> output() throws IOException {
        return TextRecipes.output(dir.resolve("out"));
    }

    @Test
    void removesLinesRepeatedInMoreThanMaxDocumentsAndKeepsTheRest() throws IOException {
        writeMails();
        RunReport report = run("{id: lines, op: line_dedup, max_documents: 10, min_chars: 10}");
        assertThat(report.succeeded()).as(String.valueOf(report.failure())).isTrue();
        List<JsonNode> out = output();
        assertThat(out).hasSize(30);
        for (JsonNode r : out) {
            String text = r.get("text").asText();
            assertThat(text).as(r.toString()).doesNotContainIgnoringCase("unsubscribe").contains("Thanks,").startsWith("Mail number");
            assertThat(r.get("_meta").get(LineDedup.META_KEY).asLong()).isEqualTo(1);
        }
        assertThat(out.get(0).get("text").asText()).isEqualTo("Mail number 0 talks about topic 0.\n> the quoted paragraph of a thread, repeated in three replies\nThanks,\n");

        JsonNode runJson = TextRecipes.runJson(dir.resolve("out"));
        assertThat(runJson.findValue("repeated_count").asLong()).as("fitted settings in run.json").isEqualTo(1);
        assertThat(runJson.findValue("documents").asLong()).isEqualTo(30);
        assertThat(runJson.findValue("repeated_lines_sha256").asText()).hasSize(64);
        assertThat(dir.resolve(".out.fitted/lines/" + LineDedup.FILE)).isRegularFile();
    }

    @Test
    void aLowerThresholdAlsoRemovesTheQuote() throws IOException {
        writeMails();
        assertThat(run("{id: lines, op: line_dedup, max_documents: 2}").succeeded()).isTrue();
        assertThat(output().get(1).get("text").asText()).isEqualTo("Mail number 1 talks about topic 7.\nThanks,\n");
        assertThat(output().get(1).get("_meta").get(LineDedup.META_KEY).asLong()).isEqualTo(2);
    }

    @Test
    void reusesTheLinesOfAnEarlierRunAndRefusesATamperedFile() throws IOException {
        writeMails();
        run("{id: lines, op: line_dedup}");
        Path learnt = dir.resolve("learnt.bin");
        Files.copy(dir.resolve(".out.fitted/lines/" + LineDedup.FILE), learnt);
        String sha = ai.refinery.core.util.Sha256.hex(Files.readAllBytes(learnt));
        RunReport again = run("{id: lines, op: line_dedup, repeated_lines: '" + learnt + "', repeated_lines_sha256: " + sha + "}");
        assertThat(again.succeeded()).isTrue();
        assertThat(output().get(5).get("text").asText()).doesNotContain("unsubscribe");

        byte[] bytes = Files.readAllBytes(learnt);
        bytes[bytes.length - 1] ^= 1;
        Files.write(learnt, bytes);
        assertThatThrownBy(() -> run("{id: lines, op: line_dedup, repeated_lines: '" + learnt + "', repeated_lines_sha256: " + sha + "}"))
                .hasMessageContaining("learnt.bin has SHA-256").hasMessageContaining("fit the step again");
    }
}
