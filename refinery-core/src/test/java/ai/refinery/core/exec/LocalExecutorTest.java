package ai.refinery.core.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.io.Compression;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.core.run.RunReport;
import ai.refinery.core.run.RunReportJson;
import ai.refinery.core.util.Sha256;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalExecutorTest {
    @TempDir Path dir;

    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "boom", "x", "Alpha", "BETA", "", "zeta eta theta"};

    /** Writes n JSONL records with texts drawn from a seeded generator; some lines are malformed. */
    private Path writeInput(String name, int n, long seed, boolean malformed) throws IOException {
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (malformed && i % 97 == 13) {
                sb.append("{\"n\": ").append(i).append(", \"text\": \"unterminated\n");
                continue;
            }
            sb.append("{\"n\":").append(i).append(",\"text\":\"").append(WORDS[rnd.nextInt(WORDS.length)]).append("\"}\n");
        }
        Path p = dir.resolve(name);
        Files.writeString(p, sb.toString());
        return p;
    }

    private Recipe recipe(String yaml, String... overrides) throws IOException {
        Path r = dir.resolve("recipe.yaml");
        Files.writeString(r, yaml);
        return RecipeLoader.withDefaults().load(r, List.of(overrides));
    }

    private static RunReport run(Recipe r) {
        return new LocalExecutor().run(r, RunOptions.defaults());
    }

    private static final String PIPELINE = """
            name: test
            input: {path: in.jsonl}
            pipeline:
              - op: test_upper
              - op: test_words
              - op: test_min_length
                min: 3
              - op: test_dedup
            output: {path: out, records_per_shard: 500}
            executor: {batch_size: 64, max_quarantine_fraction: 0.2}
            """;

    private String outputText(String out) throws IOException {
        List<Path> shards;
        try (Stream<Path> s = Files.list(dir.resolve(out))) {
            shards = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        StringBuilder sb = new StringBuilder();
        for (Path p : shards) {
            try (InputStream in = Compression.ofFileName(p.toString()).decompress(Files.newInputStream(p))) {
                sb.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }

    @Test
    void outputAndAccountingDoNotDependOnThreadsOrBatchSize() throws IOException {
        writeInput("in.jsonl", 5000, 7, true);
        RunReport one = run(recipe(PIPELINE, "executor.threads=1", "output.path=out1"));
        RunReport four = run(recipe(PIPELINE, "executor.threads=4", "output.path=out4", "executor.max_in_flight=3"));
        assertThat(one.succeeded()).as(one.failure()).isTrue();
        assertThat(four.succeeded()).as(four.failure()).isTrue();
        assertThat(outputText("out4")).isEqualTo(outputText("out1"));
        assertThat(four.records()).isEqualTo(one.records());
        assertThat(one.operators()).extracting(o -> o.in() + "/" + o.out())
                .isEqualTo(four.operators().stream().map(o -> o.in() + "/" + o.out()).toList());
    }

    @Test
    void everyRecordIsAccountedFor() throws IOException {
        writeInput("in.jsonl", 3000, 11, true);
        RunReport r = run(recipe(PIPELINE));
        RunReport.Records rec = r.records();
        assertThat(rec.balanced()).isTrue();
        assertThat(rec.in()).isEqualTo(3000);
        assertThat(rec.in() + rec.generated()).isEqualTo(rec.out() + rec.droppedTotal() + rec.quarantined());
        long malformed = java.util.stream.IntStream.range(0, 3000).filter(i -> i % 97 == 13).count();
        assertThat(rec.quarantinedBy().get("read")).isEqualTo(malformed);
        assertThat(rec.quarantinedBy().get("test_upper")).isPositive(); // the "boom" texts
        assertThat(rec.dropped().get("test_min_length")).containsKey("too_short");
        assertThat(rec.dropped().get("test_dedup")).containsKey("duplicate");
        assertThat(rec.dropped().get("test_words")).containsKey("no_output"); // empty texts
        assertThat(rec.out()).isEqualTo(outputText("out").lines().count());
        // dedup keeps the first of each text: the output has no repeated text
        List<String> texts = outputText("out").lines().map(l -> l.replaceAll(".*\"text\":\"([^\"]*)\".*", "$1")).toList();
        assertThat(texts).doesNotHaveDuplicates();
    }

    @Test
    void quarantineFileNamesFileLineStageAndError() throws IOException {
        writeInput("in.jsonl", 300, 3, true);
        run(recipe(PIPELINE));
        Path q = dir.resolve("out/_refinery/quarantine/part-00000.jsonl");
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> entries = Files.readAllLines(q).stream().map(l -> {
            try {
                return m.readTree(l);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        JsonNode read = entries.stream().filter(e -> e.get("stage").asText().equals("read")).findFirst().orElseThrow();
        assertThat(read.get("source").asText()).isEqualTo("in.jsonl");
        assertThat(read.get("line").asLong()).isEqualTo(14); // record 13 is on line 14
        assertThat(read.get("error").asText()).contains("malformed JSON");
        assertThat(read.get("raw").asText()).contains("unterminated");
        JsonNode op = entries.stream().filter(e -> e.get("stage").asText().equals("test_upper")).findFirst().orElseThrow();
        assertThat(op.get("error").asText()).isEqualTo("cannot upper-case 'boom'");
        assertThat(op.get("record").get("text").asText()).isEqualTo("boom");
        assertThat(Files.readAllLines(dir.resolve("in.jsonl")).get((int) op.get("line").asLong() - 1)).contains("boom");
    }

    @Test
    void theDiscardSinkAccountsForEveryRecordAndKeepsNone() throws IOException {
        writeInput("in.jsonl", 3000, 13, false);
        RunReport kept = run(recipe(PIPELINE, "output.path=kept"));
        RunReport discarded = run(recipe(PIPELINE, "output.path=none", "output.format=discard"));
        assertThat(discarded.succeeded()).isTrue();
        assertThat(discarded.records()).isEqualTo(kept.records());
        for (RunReport.OutputInfo o : discarded.outputs()) assertThat(o.bytes()).isZero();
    }

    @Test
    void aScoringFilterPassesItsFiguresOnWithKeptRecordsAndDroppedSamples() throws IOException {
        Files.writeString(dir.resolve("in.jsonl"), "{\"text\": \"abcd\"}\n{\"text\": \"a\"}\n{\"text\": \"abcdef\"}\n");
        RunReport r = run(recipe("""
                name: scoring
                input: {path: in.jsonl}
                pipeline:
                  - {id: len, op: test_min_length, min: 3, score: true}
                output: {path: out}
                """));
        assertThat(r.records().dropped().get("len")).containsEntry("too_short", 1L);
        ObjectMapper m = new ObjectMapper();
        List<Long> lengths = new ArrayList<>();
        for (Path shard : r.outputs().stream().map(o -> dir.resolve("out").resolve(o.path())).toList()) {
            for (String line : Files.readAllLines(shard)) lengths.add(m.readTree(line).get("_meta").get("length").asLong());
        }
        assertThat(lengths).containsExactly(4L, 6L);
        JsonNode sample = m.readTree(Files.readAllLines(dir.resolve("out/_refinery/dropped/len/too_short.jsonl")).get(0));
        assertThat(sample.get("record").get("_meta").get("length").asLong()).isEqualTo(1);
    }

    @Test
    void keepsCappedExamplesOfDroppedRecordsPerStepAndReason() throws IOException {
        writeInput("in.jsonl", 3000, 13, false);
        RunReport r = run(recipe(PIPELINE, "output.dropped_samples=3"));
        ObjectMapper m = new ObjectMapper();
        Path droppedDir = dir.resolve("out/_refinery/dropped");
        try (Stream<Path> top = Files.list(droppedDir)) {
            assertThat(top.map(p -> p.getFileName().toString())).as("per-shard files regrouped at the end of the run")
                    .noneMatch(n -> n.startsWith("part-"));
        }
        List<JsonNode> samples = new ArrayList<>();
        long shards = r.outputs().size();
        for (String stepReason : List.of("test_min_length/too_short", "test_dedup/duplicate", "test_words/no_output")) {
            String[] sr = stepReason.split("/");
            List<JsonNode> these = new ArrayList<>();
            for (String line : Files.readAllLines(droppedDir.resolve(sr[0]).resolve(sr[1] + ".jsonl"))) these.add(m.readTree(line));
            assertThat(these).as(stepReason).isNotEmpty().hasSizeLessThanOrEqualTo((int) (3 * shards))
                    .allMatch(j -> j.get("step").asText().equals(sr[0]) && j.get("reason").asText().equals(sr[1]));
            JsonNode first = these.get(0);
            assertThat(first.get("source").asText()).isEqualTo("in.jsonl");
            assertThat(first.get("record").has("text")).isTrue();
            samples.addAll(these);
        }
        JsonNode tooShort = samples.stream().filter(j -> j.get("reason").asText().equals("too_short")).findFirst().orElseThrow();
        assertThat(tooShort.get("record").get("text").asText().length()).isLessThan(3);
        RunReport none = run(recipe(PIPELINE, "output.dropped_samples=0", "output.path=none"));
        assertThat(none.records()).isEqualTo(r.records());
        assertThat(dir.resolve("none/_refinery/dropped")).doesNotExist();
    }

    @Test
    void runFailsWhenTooMuchIsQuarantined() throws IOException {
        writeInput("in.jsonl", 1000, 5, true);
        RunReport r = run(recipe(PIPELINE, "executor.max_quarantine_fraction=0.001"));
        assertThat(r.status()).isEqualTo(RunReport.Status.FAILED);
        assertThat(r.failure()).contains("quarantined").contains("max_quarantine_fraction");
        RunReport onDisk = RunReportJson.read(dir.resolve("out/_refinery/run.json"));
        assertThat(onDisk.status()).isEqualTo(RunReport.Status.FAILED);
    }

    @Test
    void runJsonHasTheDocumentedFields() throws IOException {
        Path in = writeInput("in.jsonl", 100, 1, false);
        run(recipe(PIPELINE));
        JsonNode j = new ObjectMapper().readTree(dir.resolve("out/_refinery/run.json").toFile());
        for (String f : List.of("run_id", "recipe", "status", "started_at", "finished_at", "records", "operators", "inputs")) {
            assertThat(j.has(f)).as(f).isTrue();
        }
        assertThat(j.get("status").asText()).isEqualTo("succeeded");
        assertThat(j.get("recipe").get("name").asText()).isEqualTo("test");
        assertThat(j.get("recipe").get("sha256").asText()).isEqualTo(Sha256.hex(Files.readAllBytes(dir.resolve("recipe.yaml"))));
        for (String f : List.of("in", "out", "dropped", "quarantined")) assertThat(j.get("records").has(f)).as(f).isTrue();
        JsonNode op = j.get("operators").get(0);
        for (String f : List.of("name", "in", "out", "dropped", "seconds")) assertThat(op.has(f)).as(f).isTrue();
        assertThat(j.get("inputs").get(0).get("sha256").asText()).isEqualTo(Sha256.hex(Files.readAllBytes(in)));
        assertThat(j.get("inputs").get(0).get("records").asLong()).isEqualTo(100);
    }

    @Test
    void readsAndWritesCompressedFilesAndDirectories() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        List<String> expected = new ArrayList<>();
        for (String name : List.of("a.jsonl.gz", "b.jsonl.zst", "c.jsonl")) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                String line = "{\"file\":\"" + name + "\",\"i\":" + i + "}";
                sb.append(line).append('\n');
                expected.add(line);
            }
            try (OutputStream o = Compression.ofFileName(name).compress(Files.newOutputStream(dir.resolve("data").resolve(name)))) {
                o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        RunReport r = run(recipe("name: c\ninput: {path: data}\noutput: {path: out, compression: zstd}\n"));
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        assertThat(r.inputs()).extracting(RunReport.InputInfo::path).containsExactly("a.jsonl.gz", "b.jsonl.zst", "c.jsonl");
        assertThat(outputText("out").lines().toList()).isEqualTo(expected);
        assertThat(Files.exists(dir.resolve("out/part-00000.jsonl.zst"))).isTrue();
    }

    @Test
    void aTruncatedCompressedInputFailsTheRunCleanly() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50_000; i++) sb.append("{\"n\":").append(i).append(",\"text\":\"record number ").append(i).append("\"}\n");
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (OutputStream o = Compression.GZIP.compress(gz)) {
            o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = gz.toByteArray();
        Files.write(dir.resolve("in.jsonl.gz"), java.util.Arrays.copyOf(all, all.length / 2));
        RunReport r = run(recipe("name: t\ninput: {path: in.jsonl.gz}\noutput: {path: out, records_per_shard: 2000}\n"
                + "executor: {batch_size: 500}\n"));
        assertThat(r.status()).isEqualTo(RunReport.Status.FAILED);
        assertThat(r.failure()).contains("in.jsonl.gz").contains("cannot read after record");
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            assertThat(names).noneMatch(n -> n.startsWith("."));
            assertThat(names.stream().filter(n -> n.startsWith("part-")).count()).isEqualTo(r.outputs().size()).isPositive();
        }
        assertThat(RunReportJson.read(dir.resolve("out/_refinery/run.json")).status()).isEqualTo(RunReport.Status.FAILED);
    }

    @Test
    void invalidUtf8IsQuarantined() throws IOException {
        byte[] bad = "{\"text\":\"caf\u00e9\"}\n{\"text\":\"ab\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] data = new byte[bad.length + 3];
        System.arraycopy(bad, 0, data, 0, bad.length);
        data[bad.length] = (byte) 0xC3; // truncated two-byte sequence
        data[bad.length + 1] = (byte) 0x28;
        data[bad.length + 2] = '\n';
        Files.write(dir.resolve("in.jsonl"), data);
        RunReport r = run(recipe("name: u\ninput: {path: in.jsonl}\noutput: {path: out}\nexecutor: {max_quarantine_fraction: 0.5}\n"));
        assertThat(r.records().quarantined()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("out/_refinery/quarantine/part-00000.jsonl"))).contains("invalid UTF-8").contains("\"line\":3");
    }

    @Test
    void refusesToOverwriteUnlessAsked() throws IOException {
        writeInput("in.jsonl", 200, 1, false);
        run(recipe(PIPELINE));
        assertThatThrownBy(() -> run(recipe(PIPELINE))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("already holds").hasMessageContaining("--resume").hasMessageContaining("overwrite");
        RunReport again = run(recipe(PIPELINE, "output.mode=overwrite"));
        assertThat(again.succeeded()).as(again.failure()).isTrue();
    }

    @Test
    void confirmedGroupingDropsOnlyTrueDuplicates() throws IOException {
        Files.writeString(dir.resolve("in.jsonl"), "{\"text\":\"apple\"}\n{\"text\":\"avocado\"}\n{\"text\":\"APPLE\"}\n{\"text\":\"banana\"}\n{\"text\":\"avocado\"}\n");
        RunReport r = run(recipe("name: d\ninput: {path: in.jsonl}\npipeline: [{op: test_dedup, verify: true}]\noutput: {path: out}\n"));
        assertThat(outputText("out")).isEqualTo("{\"text\":\"apple\"}\n{\"text\":\"avocado\"}\n{\"text\":\"banana\"}\n");
        assertThat(r.records().dropped().get("test_dedup")).containsEntry("duplicate", 2L);
    }

    @Test
    void resumeKeepsFinishedShardsAndGivesIdenticalOutput() throws IOException {
        writeInput("in.jsonl", 4000, 9, true);
        RunReport full = run(recipe(PIPELINE, "output.path=full"));
        String expected = outputText("full");
        run(recipe(PIPELINE));
        // simulate a crash after shard 2: drop later shards and their journal lines, leave a temp file
        Path out = dir.resolve("out");
        List<String> journal = Files.readAllLines(out.resolve("_refinery/journal.jsonl"));
        Files.write(out.resolve("_refinery/journal.jsonl"), journal.subList(0, 3));
        Files.writeString(out.resolve("_refinery/journal.jsonl"), "{\"shard\":7,\"fi", java.nio.file.StandardOpenOption.APPEND);
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.filter(p -> p.getFileName().toString().compareTo("part-00002") > 0).toList()) Files.delete(p);
        }
        Files.writeString(out.resolve(".part-00002.jsonl.tmp"), "{\"partial\":");
        long before = Files.getLastModifiedTime(out.resolve("part-00000.jsonl")).toMillis();
        RunReport resumed = new LocalExecutor().run(recipe(PIPELINE), new RunOptions(true, null));
        assertThat(resumed.succeeded()).as(resumed.failure()).isTrue();
        assertThat(resumed.resumed()).isTrue();
        assertThat(outputText("out")).isEqualTo(expected);
        assertThat(resumed.records()).isEqualTo(full.records());
        assertThat(Files.getLastModifiedTime(out.resolve("part-00000.jsonl")).toMillis()).isEqualTo(before);
        assertThat(Files.exists(out.resolve(".part-00002.jsonl.tmp"))).isFalse();
    }

    @Test
    void resumeRefusesADifferentRecipe() throws IOException {
        writeInput("in.jsonl", 100, 9, false);
        run(recipe(PIPELINE));
        assertThatThrownBy(() -> new LocalExecutor().run(recipe(PIPELINE, "pipeline.test_min_length.min=4"), new RunOptions(true, null)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("different recipe");
    }

    @Test
    void emptyInputGivesEmptyOutput() throws IOException {
        Files.writeString(dir.resolve("in.jsonl"), "\n\n");
        RunReport r = run(recipe(PIPELINE));
        assertThat(r.succeeded()).isTrue();
        assertThat(r.records().in()).isZero();
        assertThat(r.records().balanced()).isTrue();
    }
}
