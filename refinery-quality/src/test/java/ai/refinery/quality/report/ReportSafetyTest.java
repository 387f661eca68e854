package ai.refinery.quality.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Record values are untrusted: they are escaped, cut, and binary data is only named. */
class ReportSafetyTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ATTR_BREAK = "\"><img src=x onerror=alert(2)>";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void hostileValuesAreEscapedEverywhere() throws Exception {
        Path dir = Fixtures.copy("example", tmp);
        ObjectNode run = (ObjectNode) JSON.readTree(dir.resolve("run.json").toFile());
        ((ObjectNode) run.path("recipe")).put("name", SCRIPT);
        run.put("status", "failed");
        run.put("failure", ATTR_BREAK + SCRIPT);
        ((ObjectNode) run.path("records").path("dropped")).putObject(SCRIPT).put(ATTR_BREAK, 2);
        JSON.writeValue(dir.resolve("run.json").toFile(), run);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", SCRIPT);
        record.put(ATTR_BREAK, SCRIPT);
        record.put("control", "a\u0000b\u0007c\u001b[31mLONE \u202e");
        // a lone surrogate can only arrive as a JSON escape: no UTF-8 encoder writes one
        prepend(dir.resolve("dropped/part-00000.jsonl"), JSON.writeValueAsString(Map.of(
                "step", SCRIPT, "reason", ATTR_BREAK, "source", SCRIPT, "line", 1, "id", SCRIPT, "record", record))
                .replace("LONE", "\\ud800"));

        String html = Files.readString(RunReportPage.write(dir));
        Document doc = Fixtures.parse(html); // well-formed despite control characters and a lone surrogate
        assertThat(html).doesNotContain(SCRIPT).doesNotContain("<img").doesNotContain("onerror=alert(2)>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
        assertThat(Fixtures.all(doc, "script")).isEmpty();
        assertThat(Fixtures.all(doc, "img")).isEmpty();
        for (Element e : Fixtures.all(doc, "*")) {
            for (int i = 0; i < e.getAttributes().getLength(); i++) {
                assertThat(e.getAttributes().item(i).getNodeName()).doesNotStartWith("on");
            }
        }
        // the title and the heading show the text itself
        assertThat(Fixtures.all(doc, "h1").get(0).getTextContent()).isEqualTo(SCRIPT);
        assertThat(Fixtures.byId(doc, "dropped").getTextContent()).contains("a␀b␇c␛[31m\ufffd \u202e");
    }

    @Test
    void longValuesAreCutAndBytesNamed() throws Exception {
        Path dir = Fixtures.copy("example", tmp);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("text", "x".repeat(1000));
        byte[] image = new byte[784];
        new java.util.Random(1).nextBytes(image);
        record.put("image", Base64.getEncoder().encodeToString(image));
        record.put("dna", "ACGT".repeat(100)); // base64's alphabet, but text
        record.put("vector", java.util.Collections.nCopies(100, 0.5));
        prepend(dir.resolve("dropped/part-00000.jsonl"), JSON.writeValueAsString(Map.of(
                "step", "usable", "reason", "too_short_or_bad_rating", "source", "big.jsonl", "line", 1, "record", record)));

        String html = Files.readString(RunReportPage.write(dir));
        Document doc = Fixtures.parse(html);
        String text = Fixtures.byId(doc, "dropped").getTextContent();
        assertThat(text).contains("x".repeat(300) + "…(700 more chars)").doesNotContain("x".repeat(301));
        assertThat(text).contains("bytes[784]", "list[100]", "ACGTACGT").doesNotContain(((String) record.get("image")).substring(0, 20));
    }

    @Test
    void profileDeclaredBytesColumnsAreNamedEvenWhenShort() throws Exception {
        Path dir = Fixtures.copy("example", tmp);
        ObjectNode profile = (ObjectNode) JSON.readTree(dir.resolve("profile.json").toFile());
        ((ObjectNode) profile.path("input").path("columns")).putObject("thumb").putObject("types").put("bytes", 60);
        JSON.writeValue(dir.resolve("profile.json").toFile(), profile);
        prepend(dir.resolve("dropped/part-00000.jsonl"), JSON.writeValueAsString(Map.of(
                "step", "usable", "reason", "too_short_or_bad_rating", "record", Map.of("thumb", "AAEC"))));
        String text = Fixtures.byId(Fixtures.parse(Files.readString(RunReportPage.write(dir))), "dropped").getTextContent();
        assertThat(text).contains("bytes[3]").doesNotContain("AAEC");
    }

    /** Side files are read until every group has its samples, so test lines go first. */
    private static void prepend(Path file, String lines) throws java.io.IOException {
        Files.writeString(file, lines + "\n" + Files.readString(file));
    }

    @Test
    void damagedSideFilesAreSkippedNotFatal() throws Exception {
        Path dir = Fixtures.copy("example", tmp);
        prepend(dir.resolve("dropped/part-00000.jsonl"), String.join("\n", "{not json", "[1,2]", "", "{\"step\": \"usable\", \"reason\": \"x\","));
        // invalid UTF-8 is replaced, not fatal: the line still parses
        Files.write(dir.resolve("dropped/part-00000.jsonl"), new byte[] {'{', '"', 's', 't', 'e', 'p', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'},
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("profile.json"), "{broken");
        Document doc = Fixtures.parse(Files.readString(RunReportPage.write(dir)));
        assertThat(Fixtures.byId(doc, "dropped").getTextContent()).contains("Samples: 3 unreadable lines skipped.",
                "Showing 5 of 6 dropped records.");
        assertThat(RunReportPageTest.sectionIds(doc)).doesNotContain("profile");
    }
}
