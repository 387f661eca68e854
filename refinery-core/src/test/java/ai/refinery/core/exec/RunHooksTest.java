package ai.refinery.core.exec;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.extension.RunExtension;
import ai.refinery.core.extension.RunSession;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.core.record.Record;
import ai.refinery.core.run.RunReport;
import ai.refinery.core.tap.RecordTap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run extensions: taps on input and output, the publishing gate, sections in run.json, and the fitting pass. */
class RunHooksTest {
    @TempDir Path dir;

    /** Keeps the ids it saw, in merge order. */
    static final class Ids implements RecordTap<Ids.Part> {
        final List<String> ids = new ArrayList<>();

        static final class Part implements RecordTap.Partial {
            final List<String> ids = new ArrayList<>();

            @Override public void accept(Record r) { ids.add(r.id()); }
        }

        @Override public Part newPartial() { return new Part(); }

        @Override public void merge(Part p) { ids.addAll(p.ids); }
    }

    /** An extension with no section that taps both ends and refuses to publish when told to. */
    static class Watcher implements RunExtension {
        final Ids in = new Ids();
        final Ids out = new Ids();
        final String refuse;
        RunReport finished;

        Watcher(String refuse) {
            this.refuse = refuse;
        }

        @Override public List<String> sections() { return List.of(); }

        @Override public void validate(Map<String, ConfigNode> sections, Recipe recipe) {}

        @Override
        public RunSession begin(Map<String, ConfigNode> sections, Recipe recipe) {
            return new RunSession() {
                @Override public List<RecordTap<?>> inputTaps() { return List.of(in); }
                @Override public List<RecordTap<?>> outputTaps() { return List.of(out); }
                @Override public boolean gatesOutput() { return refuse != null; }
                @Override public String refusal() { return refuse; }
                @Override public Map<String, Map<String, Object>> runSections(RunReport pipeline) { return Map.of("watcher", Map.of("seen", out.ids.size())); }
                @Override public void finished(RunReport report, Path refineryDir) { finished = report; }
            };
        }
    }

    private Recipe recipe(String pipeline, String outputExtra) throws IOException {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < 2500; i++) data.append("{\"id\":\"r").append(i).append("\",\"text\":\"").append(i % 7 == 0 ? "x" : "text " + i).append("\"}\n");
        Files.writeString(dir.resolve("in.jsonl"), data);
        Files.writeString(dir.resolve("r.yaml"), "name: hooks\ninput: {path: in.jsonl, id_field: id}\npipeline: " + pipeline
                + "\noutput: {path: out, records_per_shard: 1000" + outputExtra + "}\nexecutor: {threads: 3, batch_size: 100}\n");
        return RecipeLoader.withDefaults().load(dir.resolve("r.yaml"), List.of());
    }

    private RunReport run(Recipe recipe, Watcher w) {
        return new RecipeRunner(ai.refinery.core.stage.Stages.byName(), List.of(w)).run(recipe, RunOptions.defaults());
    }

    @Test
    void tapsSeeTheDecodedInputAndTheWrittenOutputInInputOrder() throws IOException {
        Watcher w = new Watcher(null);
        RunReport r = run(recipe("[{op: test_min_length, min: 2}]", ""), w);
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        assertThat(w.in.ids).isEqualTo(IntStream.range(0, 2500).mapToObj(i -> "r" + i).toList());
        assertThat(w.out.ids).isEqualTo(IntStream.range(0, 2500).filter(i -> i % 7 != 0).mapToObj(i -> "r" + i).toList());
        assertThat(w.finished.stages().get("watcher")).containsEntry("seen", w.out.ids.size());
        assertThat(dir.resolve("out/part-00000.jsonl")).exists();
        assertThat(dir.resolve("out/_refinery/staging")).doesNotExist();
    }

    @Test
    void aGateThatAgreesPublishesTheStagedShards() throws IOException {
        Watcher w = new Watcher(null) {
            @Override public RunSession begin(Map<String, ConfigNode> s, Recipe r) {
                RunSession inner = super.begin(s, r);
                return new RunSession() {
                    @Override public List<RecordTap<?>> outputTaps() { return inner.outputTaps(); }
                    @Override public boolean gatesOutput() { return true; }
                };
            }
        };
        RunReport r = run(recipe("[]", ""), w);
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        assertThat(r.outputs()).extracting(RunReport.OutputInfo::path).containsExactly("part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl");
        for (RunReport.OutputInfo o : r.outputs()) assertThat(dir.resolve("out").resolve(o.path())).exists();
        try (var s = Files.list(dir.resolve("out/_refinery/staging"))) {
            assertThat(s.filter(p -> !Files.isDirectory(p)).toList()).isEmpty();
        }
    }

    @Test
    void aGateThatRefusesKeepsTheOutputUnpublishedAndFailsTheRun() throws IOException {
        Watcher w = new Watcher("completeness of age is 0.5 < 0.99");
        RunReport r = run(recipe("[]", ""), w);
        assertThat(r.status()).isEqualTo(RunReport.Status.FAILED);
        assertThat(r.failure()).startsWith("output not published: completeness of age is 0.5 < 0.99");
        try (var s = Files.list(dir.resolve("out"))) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("part-")).toList()).isEmpty();
        }
        assertThat(r.outputs()).extracting(RunReport.OutputInfo::path).allMatch(p -> p.startsWith("_refinery/staging/part-"));
        assertThat(dir.resolve("out").resolve(r.outputs().get(0).path())).exists();
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out/_refinery/run.json").toFile());
        assertThat(json.get("status").asText()).isEqualTo("failed");
        assertThat(json.get("watcher").get("seen").asInt()).isEqualTo(2500);
        assertThat(w.finished.status()).isEqualTo(RunReport.Status.FAILED);
    }

    @Test
    void changedRecordsAreSampledWithTheirBeforeAndAfter() throws IOException {
        RunReport r = run(recipe("[{op: test_upper}]", ", changed_samples: 2"), new Watcher(null));
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        List<String> lines = Files.readAllLines(dir.resolve("out/_refinery/changed/part-00000.jsonl"));
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("step").asText()).isEqualTo("test_upper");
        assertThat(first.get("before").get("text").asText()).isEqualTo("x");
        assertThat(first.get("after").get("text").asText()).isEqualTo("X");
        assertThat(first.get("line").asLong()).isEqualTo(1);
    }

    @Test
    void aFittedStepLearnsFromTheRecordsThatReachItAndRunJsonShowsWhatItLearnt() throws IOException {
        RunReport r = run(recipe("[{op: test_min_length, min: 2}, {op: test_longest_suffix}]", ""), new Watcher(null));
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        int longest = IntStream.range(0, 2500).filter(i -> i % 7 != 0).mapToObj(i -> "text " + i).mapToInt(String::length).max().orElseThrow();
        assertThat(r.pipeline().get(1).config()).containsEntry("max", longest);
        String firstLine = Files.readAllLines(dir.resolve("out/part-00000.jsonl")).get(0);
        assertThat(firstLine).contains("text 1/" + longest);
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).collect(Collectors.toList())).noneMatch(n -> n.contains(".fit-"));
        }
    }

    @Test
    void aResumedGatedRunReplaysKeptShardsThroughTheTapsAndPublishesThem() throws IOException {
        Recipe recipe = recipe("[{op: test_min_length, min: 2}]", "");
        RunReport refused = run(recipe, new Watcher("not yet"));
        assertThat(refused.status()).isEqualTo(RunReport.Status.FAILED);
        Watcher accepting = new Watcher(null) {
            @Override public RunSession begin(Map<String, ConfigNode> s, Recipe r) {
                RunSession inner = super.begin(s, r);
                return new RunSession() {
                    @Override public List<RecordTap<?>> inputTaps() { return inner.inputTaps(); }
                    @Override public List<RecordTap<?>> outputTaps() { return inner.outputTaps(); }
                    @Override public boolean gatesOutput() { return true; }
                };
            }
        };
        RunReport resumed = new RecipeRunner(ai.refinery.core.stage.Stages.byName(), List.of(accepting))
                .run(recipe, new RunOptions(true, null));
        assertThat(resumed.succeeded()).as(resumed.failure()).isTrue();
        assertThat(resumed.resumed()).isTrue();
        assertThat(accepting.in.ids).as("kept shards are replayed through the taps").hasSize(2500);
        assertThat(accepting.out.ids).hasSize((int) IntStream.range(0, 2500).filter(i -> i % 7 != 0).count());
        long lines = 0;
        for (RunReport.OutputInfo o : resumed.outputs()) lines += Files.readAllLines(dir.resolve("out").resolve(o.path())).size();
        assertThat(lines).isEqualTo(accepting.out.ids.size());
    }
}
