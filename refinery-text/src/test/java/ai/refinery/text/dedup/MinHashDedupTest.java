package ai.refinery.text.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.run.RunReport;
import ai.refinery.text.TextRecipes;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** minhash_dedup end to end on a seeded corpus whose near-duplicates are known by construction. */
class MinHashDedupTest {
    private static final long SEED = 20261129L;

    @TempDir
    Path dir;

    /** A document of {@code n} words drawn from a 5,000-word vocabulary (letters only: dedup normalization maps digits to 0). */
    private static List<String> words(SplittableRandom rnd, int n) {
        List<String> w = new ArrayList<>();
        for (int i = 0; i < n; i++) w.add(word(rnd.nextInt(5000)));
        return w;
    }

    private static String word(int k) {
        StringBuilder sb = new StringBuilder("w");
        for (int x = k + 1; x > 0; x /= 26) sb.append((char) ('a' + x % 26));
        return sb.toString();
    }

    /** Replaces one word in 100 (a near-duplicate at Jaccard about 0.9 of 5-word shingles). */
    private static List<String> edited(SplittableRandom rnd, List<String> doc) {
        List<String> out = new ArrayList<>(doc);
        for (int i = 0; i < out.size(); i += 100) out.set(i + rnd.nextInt(Math.min(100, out.size() - i)), "edit" + word(rnd.nextInt(1000)));
        return out;
    }

    private void write(String file, List<Map<String, Object>> docs) throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (Map<String, Object> d : docs) jsonl.append(TextRecipes.JSON.writeValueAsString(d)).append('\n');
        Files.writeString(dir.resolve(file), jsonl);
    }

    /**
     * 30 distinct documents d0..d29 of 300 words; n0..n9 are edited copies of d0..d9 (n3 is longer:
     * 40 more words), x5 an exact copy of d5, and "e" an empty text.
     */
    private void writeCorpus() throws IOException {
        SplittableRandom rnd = new SplittableRandom(SEED);
        List<Map<String, Object>> docs = new ArrayList<>();
        List<List<String>> originals = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            List<String> w = words(rnd, 300);
            originals.add(w);
            docs.add(Map.of("name", "d" + i, "text", String.join(" ", w)));
        }
        for (int i = 0; i < 10; i++) {
            List<String> w = edited(rnd, originals.get(i));
            if (i == 3) w.addAll(words(rnd, 40).subList(0, 20));
            docs.add(Map.of("name", "n" + i, "text", String.join(" ", w)));
        }
        docs.add(Map.of("name", "x5", "text", String.join(" ", originals.get(5))));
        docs.add(Map.of("name", "e", "text", ""));
        write("corpus.jsonl", docs);
    }

    private RunReport run(String input, String out, String step) throws IOException {
        return TextRecipes.run(dir, """
                name: neardup
                input: {path: %s}
                pipeline:
                  - {id: dedup, op: minhash_dedup, %s}
                output: {path: %s, mode: overwrite}
                """.formatted(input, step, out));
    }

    private List<String> names(String out) throws IOException {
        return TextRecipes.output(dir.resolve(out)).stream().map(j -> j.get("name").asText()).collect(Collectors.toList());
    }

    @Test
    void dropsEveryNearDuplicateAndKeepsTheFirstOfEachCluster() throws IOException {
        writeCorpus();
        RunReport r = run("corpus.jsonl", "out", "threshold: 0.7");
        assertThat(r.succeeded()).as(String.valueOf(r.failure())).isTrue();
        List<String> kept = names("out");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) expected.add("d" + i);
        expected.add("e");
        assertThat(kept).as("seed %d", SEED).isEqualTo(expected);
        assertThat(r.records().dropped().get("dedup")).containsEntry(MinHashDedup.NEAR_DUPLICATE, 11L);

        JsonNode summary = TextRecipes.runJson(dir.resolve("out")).findValue("summary");
        assertThat(summary.get("duplicate_clusters").asInt()).isEqualTo(10);
        assertThat(summary.get("cluster_sizes").get("3").asInt()).as("d5, n5 and x5").isEqualTo(1);
        assertThat(summary.get("banding").asText()).matches("\\d+ bands × \\d+ rows");
        JsonNode clusters = TextRecipes.JSON.readTree(Path.of(summary.get("clusters_file").asText()).toFile());
        assertThat(clusters.get("examples")).isNotEmpty();
        assertThat(clusters.get("examples").get(0).get("estimated_jaccard").asDouble()).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void keepsTheLongestWhenAsked() throws IOException {
        writeCorpus();
        assertThat(run("corpus.jsonl", "out", "threshold: 0.7, keep: longest").succeeded()).isTrue();
        List<String> kept = names("out");
        // an edited copy is longer than its original ("edit..." words replace shorter ones), n3 by 20 more words
        assertThat(kept).as("seed %d", SEED).contains("n0", "n3", "n5", "n9").doesNotContain("d0", "d3", "d5", "d9", "x5");
        assertThat(kept).hasSize(31);
    }

    @Test
    void datatroveBandingAndExactVerificationFindTheSameDuplicates() throws IOException {
        writeCorpus();
        assertThat(run("corpus.jsonl", "out", "threshold: 0.7, bands: 14, rows: 8, verify: estimated_then_exact").succeeded()).isTrue();
        assertThat(names("out")).hasSize(31);
        assertThat(TextRecipes.runJson(dir.resolve("out")).findValue("summary").get("banding").asText()).isEqualTo("14 bands × 8 rows");
    }

    @Test
    void deduplicatesANewDatasetAgainstTheIndexOfAnEarlierOne() throws IOException {
        writeCorpus();
        Path index = dir.resolve("index");
        assertThat(run("corpus.jsonl", "out", "threshold: 0.7, save_index: '" + index + "'").succeeded()).isTrue();
        assertThat(index.resolve("index.json")).isRegularFile();

        SplittableRandom rnd = new SplittableRandom(SEED + 1);
        List<Map<String, Object>> fresh = new ArrayList<>();
        List<String> seen = Files.readAllLines(dir.resolve("corpus.jsonl"));
        String d7 = TextRecipes.JSON.readTree(seen.get(7)).get("text").asText();
        fresh.add(Map.of("name", "again-d7", "text", d7));
        fresh.add(Map.of("name", "new-1", "text", String.join(" ", words(rnd, 300))));
        fresh.add(Map.of("name", "new-1-copy", "text", TextRecipes.JSON.valueToTree(fresh.get(1)).get("text").asText()));
        write("fresh.jsonl", fresh);
        RunReport r = run("fresh.jsonl", "fresh-out", "threshold: 0.7, index: '" + index + "'");
        assertThat(r.succeeded()).as(String.valueOf(r.failure())).isTrue();
        assertThat(names("fresh-out")).containsExactly("new-1");
        assertThat(r.records().dropped().get("dedup")).containsEntry(MinHashDedup.NEAR_DUPLICATE_OF_INDEX, 1L)
                .containsEntry(MinHashDedup.NEAR_DUPLICATE, 1L);

        assertThatThrownBy(() -> run("fresh.jsonl", "other", "threshold: 0.7, ngram: 4, index: '" + index + "'"))
                .hasMessageContaining("made with other settings").hasMessageContaining("shingles 5 words in the index, 4 words here");
    }

    @Test
    void containmentModeDropsAnExcerptCopiedOutOfALongerDocument() throws IOException {
        SplittableRandom rnd = new SplittableRandom(SEED + 2);
        List<String> source = words(rnd, 2000);
        List<Map<String, Object>> docs = new ArrayList<>();
        docs.add(Map.of("name", "source", "text", String.join(" ", source)));
        docs.add(Map.of("name", "excerpt", "text", String.join(" ", source.subList(500, 700))));
        docs.add(Map.of("name", "other", "text", String.join(" ", words(rnd, 200))));
        write("plag.jsonl", docs);
        RunReport jaccard = run("plag.jsonl", "j", "threshold: 0.8");
        assertThat(names("j")).as("Jaccard misses a short excerpt").containsExactly("source", "excerpt", "other");
        RunReport r = run("plag.jsonl", "c", "mode: containment, threshold: 0.8, ngram: 3, num_perm: 256");
        assertThat(r.succeeded()).as(String.valueOf(r.failure())).isTrue();
        assertThat(names("c")).as("seed %d", SEED + 2).containsExactly("source", "other");
        assertThat(r.records().dropped().get("dedup")).containsEntry(MinHashDedup.CONTAINED, 1L);
        assertThat(jaccard.succeeded()).isTrue();
    }

    @Test
    void refusesRecordsThatShareAnIdNamingThem() throws IOException {
        Files.writeString(dir.resolve("dup.jsonl"), "{\"id\": \"a\", \"text\": \"one text\"}\n{\"id\": \"b\", \"text\": \"two\"}\n"
                + "{\"id\": \"a\", \"text\": \"three texts\"}\n");
        assertThatThrownBy(() -> TextRecipes.run(dir, """
                name: dup
                input: {path: dup.jsonl, id_field: id}
                pipeline:
                  - {op: minhash_dedup}
                output: {path: out, mode: overwrite}
                """)).hasMessageContaining("records 1 and 3 reaching it share the id 'a'").hasMessageContaining("input.id_field");
    }
}
