package ai.refinery.text;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.run.RunReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web-text chain over a folder of hostile mail files: every file is written, dropped with a
 * reason or quarantined with a message naming it; nothing crashes and nothing is lost.
 */
class WebTextBadInputTest {
    private static final long SEED = 91;

    @TempDir
    Path dir;

    private void mail(String name, byte[] content) throws IOException {
        Files.write(dir.resolve("mails").resolve(name), content);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private final SplittableRandom random = new SplittableRandom(SEED);

    /** English-looking sentences of seeded random common words, different in every call. */
    private String prose(int sentences) {
        String[] words = {"the", "garden", "weather", "was", "and", "a", "letter", "from", "my", "friend", "about", "old", "house", "river",
                "we", "walked", "to", "of", "in", "that", "morning", "evening", "dog", "cat", "book", "table", "city", "train", "kitchen",
                "window", "rain", "sun", "bread", "tea", "music", "street", "market", "school", "teacher", "child", "small", "bright"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            int n = 8 + random.nextInt(10);
            for (int w = 0; w < n; w++) {
                String word = words[random.nextInt(words.length)];
                sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w == n - 1 ? ".\n" : " ");
            }
        }
        return sb.toString();
    }

    @Test
    void everyHostileFileEndsWrittenDroppedWithAReasonOrQuarantined() throws IOException {
        Files.createDirectories(dir.resolve("mails"));
        String header = "From: a@example.org\nSubject: hello\nContent-Type: text/plain; charset=utf-8\n\n";
        mail("good.eml", (header + prose(12)).getBytes(StandardCharsets.UTF_8));
        mail("empty.eml", new byte[0]);
        byte[] junk = new byte[4096];
        random.nextBytes(junk);
        mail("junk.bin", junk);
        byte[] badUtf8 = (header + prose(10)).getBytes(StandardCharsets.UTF_8);
        badUtf8[header.length() + 5] = (byte) 0xC3;
        badUtf8[header.length() + 6] = (byte) 0x28;
        mail("bad-utf8.eml", badUtf8);
        mail("broken-mime.eml", ascii("From: b@example.org\nContent-Type: multipart/mixed; boundary=\"XYZ\"\n\n--XYZ\nContent-Type: text/plain\n"
                + "Content-Transfer-Encoding: base64\n\n!!!not base64!!!\n--XYZ\nContent-Type: text/html\n\n<p>" + prose(8).replace("\n", "</p><p>")
                + "\n"));
        mail("no-boundary.eml", ascii("From: c@example.org\nContent-Type: multipart/alternative\n\n" + prose(9)));
        mail("headers-only.eml", ascii("From: d@example.org\nSubject: nothing else\n"));
        mail("huge.eml", (header + prose(30_000)).getBytes(StandardCharsets.UTF_8)); // about 2 MB
        mail("too-big.eml", (header + prose(60_000)).getBytes(StandardCharsets.UTF_8)); // about 4 MB, over max_bytes
        mail("nul-bytes.eml", ascii(header + "text\u0000with\u0000nuls " + prose(7)));

        RunReport r = TextRecipes.run(dir, """
                name: hostile
                input: {path: mails, format: files, options: {read_as: bytes, max_bytes: 3000000}}
                pipeline:
                  - op: mail_to_text
                  - op: normalize_text
                  - {op: text_length, min_length: 200}
                  - op: exact_text_dedup
                  - {op: minhash_dedup, threshold: 0.8}
                  - {op: line_dedup, max_documents: 5}
                  - {op: language_id, languages: [en, de, fr], accuracy: low, max_chars: 300}
                  - {op: keep_languages, languages: [en]}
                  - op: gopher_repetition
                  - op: count_tokens
                output: {path: out, mode: overwrite, format: jsonl}
                executor: {max_quarantine_fraction: 0.5}
                """);
        RunReport.Records rec = r.records();
        assertThat(r.succeeded()).as(String.valueOf(r.failure())).isTrue();
        assertThat(rec.in()).isEqualTo(10);
        assertThat(rec.in() + rec.generated()).as("nothing lost").isEqualTo(rec.out() + rec.droppedTotal() + rec.quarantined());

        Map<String, String> fate = new HashMap<>();
        for (JsonNode o : TextRecipes.output(dir.resolve("out"))) fate.put(o.get("path").asText(), "written");
        Path side = dir.resolve("out/_refinery");
        for (Path f : jsonlFiles(side.resolve("dropped"))) {
            for (String line : Files.readAllLines(f)) {
                JsonNode d = TextRecipes.JSON.readTree(line);
                fate.put(d.get("record").get("path").asText(), "dropped: " + d.get("reason").asText());
            }
        }
        for (Path f : jsonlFiles(side.resolve("quarantine"))) {
            for (String line : Files.readAllLines(f)) {
                JsonNode q = TextRecipes.JSON.readTree(line);
                String source = q.get("source").asText();
                String path = q.has("record") && q.get("record").has("path") ? q.get("record").get("path").asText()
                        : source.substring(source.lastIndexOf('/') + 1);
                assertThat(q.get("error").asText()).as("a quarantine message says what is wrong").isNotBlank();
                fate.put(path, "quarantined: " + q.get("error").asText());
            }
        }
        System.out.println("hostile mails: " + fate);
        assertThat(fate).as("every file accounted for by name").hasSize(10);
        assertThat(fate.get("good.eml")).as("seed %d", SEED).isEqualTo("written");
        assertThat(fate.get("huge.eml")).as("seed %d", SEED).isEqualTo("written");
        assertThat(fate.get("too-big.eml")).startsWith("quarantined").contains("max_bytes");
        assertThat(fate.get("empty.eml")).doesNotStartWith("written");
        assertThat(fate.get("junk.bin")).doesNotStartWith("written");
        assertThat(fate.get("headers-only.eml")).doesNotStartWith("written");
    }

    private static List<Path> jsonlFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList());
        }
    }
}
