package ai.refinery.bench;

import ai.refinery.quality.report.RunReportPage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a {@code _refinery/} directory shaped like the one a run of many records leaves (issue 4):
 * run.json with six steps, expectations and train/evaluate sections (a 10 x 10 confusion matrix),
 * profile.json with 40 columns on each side, and per shard the side files the executor writes —
 * {@code dropped_samples} examples per step and reason, {@code changed_samples} per mapper, a few
 * quarantined lines — then writes the report on it and prints its size and time.
 *
 * <pre>java -cp benchmarks/target/refinery-benchmarks.jar ai.refinery.bench.SyntheticRunDir DIR [records] [shards]</pre>
 */
public final class SyntheticRunDir {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Per-shard samples, as the recipe defaults write them. */
    private static final int DROPPED_SAMPLES = 10;
    private static final int CHANGED_SAMPLES = 10;
    private static final int COLUMNS = 40;
    private static final String[] WORDS = {"data", "model", "clean", "record", "train", "token", "label", "noise", "merge", "shard",
        "great", "battery", "arrived", "quality", "support", "would", "recommend", "again", "price", "broken"};

    /** Step, kind, and the reasons it drops for (share of the input each reason takes). */
    private record Step(String name, String op, String kind, String[] reasons, double[] shares) {}

    private static final Step[] STEPS = {
        new Step("require_fields", "require_fields", "filter", new String[] {"missing:text", "missing:label"}, new double[] {0.02, 0.01}),
        new Step("trim", "trim", "mapper", new String[0], new double[0]),
        new Step("cast", "cast", "mapper", new String[0], new double[0]),
        new Step("usable", "filter", "filter", new String[] {"too_short", "bad_rating", "spam"}, new double[] {0.05, 0.01, 0.005}),
        new Step("exact_dedup", "exact_dedup", "grouped", new String[] {"duplicate"}, new double[] {0.08}),
        new Step("select_fields", "select_fields", "mapper", new String[0], new double[0]),
    };

    private SyntheticRunDir() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/data/report").resolve("_refinery");
        long records = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int shards = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        long t0 = System.nanoTime();
        long sideBytes = write(dir, records, shards, 42);
        System.out.printf(Locale.ROOT, "generated %s: %,d records in %,d shards, side files %,d bytes (%.1f s)%n",
                dir, records, shards, sideBytes, (System.nanoTime() - t0) / 1e9);
        for (int i = 0; i < 3; i++) { // the first write includes class loading and JIT warm-up
            long t = System.nanoTime();
            Path page = RunReportPage.write(dir);
            System.out.printf(Locale.ROOT, "report: %s %,d bytes, written in %.0f ms%n", page, Files.size(page), (System.nanoTime() - t) / 1e6);
        }
    }

    /** Writes the directory; returns the bytes of side files written. */
    public static long write(Path dir, long records, int shards, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom rnd = new SplittableRandom(seed);
        writeRunJson(dir, records, shards);
        writeProfile(dir, records, rnd);
        long bytes = 0;
        for (int s = 0; s < shards; s++) {
            bytes += writeDropped(dir.resolve("dropped"), s, records / shards, rnd);
            bytes += writeChanged(dir.resolve("changed"), s, records / shards, rnd);
            if (s % 50 == 0) bytes += writeQuarantine(dir.resolve("quarantine"), s, rnd);
        }
        return bytes;
    }

    private static void writeRunJson(Path dir, long records, int shards) throws IOException {
        ObjectNode run = JSON.createObjectNode();
        run.put("run_id", "20261128T000000Z-bench1").put("status", "succeeded");
        run.putObject("recipe").put("name", "synthetic-reviews").put("path", "recipes/synthetic.yaml")
                .put("sha256", "0".repeat(64)).put("seed", 42).putArray("overrides");
        run.putObject("executor").put("type", "local").put("threads", 2).put("batch_size", 1000);
        run.put("started_at", "2026-11-28T00:00:00Z").put("finished_at", "2026-11-28T00:00:41.5Z").put("seconds", 41.5);
        long quarantined = shards / 50 + 1;
        long in = records;
        long current = in - quarantined;
        ObjectNode rec = run.putObject("records");
        ObjectNode dropped = JSON.createObjectNode();
        ArrayNode ops = JSON.createArrayNode();
        ArrayNode pipeline = run.putArray("pipeline");
        long droppedTotal = 0;
        for (Step st : STEPS) {
            ObjectNode op = ops.addObject().put("name", st.name()).put("op", st.op()).put("kind", st.kind()).put("in", current);
            ObjectNode byReason = op.putObject("dropped");
            long stepDropped = 0;
            for (int r = 0; r < st.reasons().length; r++) {
                long n = Math.round(in * st.shares()[r]);
                byReason.put(st.reasons()[r], n);
                dropped.withObjectProperty(st.name()).put(st.reasons()[r], n);
                stepDropped += n;
            }
            current -= stepDropped;
            droppedTotal += stepDropped;
            op.put("out", current).put("dropped_total", stepDropped).put("errors", 0).put("generated", 0).put("seconds", 1.2);
            pipeline.addObject().put("name", st.name()).put("op", st.op()).put("seed", 7).putObject("config").put("fields", "text");
        }
        rec.put("in", in).put("generated", 0).put("out", current).put("dropped_total", droppedTotal).set("dropped", dropped);
        rec.put("quarantined", quarantined).putObject("quarantined_by").put("read", quarantined);
        rec.put("balanced", true);
        run.set("operators", ops);
        ArrayNode inputs = run.putArray("inputs");
        inputs.addObject().put("path", "reviews.jsonl.zst").put("format", "jsonl").put("bytes", records * 120).put("sha256", "a".repeat(64))
                .put("records", records);
        ArrayNode outputs = run.putArray("outputs");
        for (int s = 0; s < shards; s++) {
            outputs.addObject().put("path", String.format("part-%05d.jsonl", s)).put("records", current / shards).put("bytes", current / shards * 110);
        }
        run.putObject("quarantine").put("path", "_refinery/quarantine").put("records", quarantined)
                .put("fraction", (double) quarantined / in).put("max_fraction", 0.01);
        run.putNull("failure");
        run.set("expectations", expectations());
        run.set("train", train());
        run.set("evaluate", evaluate(10));
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("run.json").toFile(), run);
    }

    private static ObjectNode expectations() {
        ObjectNode e = JSON.createObjectNode().put("passed", true).put("published", true);
        ArrayNode results = e.putArray("results");
        for (int i = 0; i < 12; i++) {
            boolean passed = i % 4 != 0;
            ObjectNode r = results.addObject().put("side", i % 2 == 0 ? "output" : "input").put("name", "completeness(column_" + i + ")")
                    .put("check", "completeness").put("column", "column_" + i).put("level", passed ? "error" : "warning")
                    .put("passed", passed).put("metric", passed ? 1.0 : 0.97).put("expected", ">= 0.99")
                    .put("failing_count", passed ? 0 : 30_000).put("message", passed ? "complete" : "30,000 rows miss column_" + i);
            ArrayNode rows = r.putArray("failing_rows");
            if (!passed) {
                for (int k = 0; k < 20; k++) rows.addObject().put("id", "r" + k * 977).putNull("value").put("source", "reviews.jsonl").put("line", k * 977);
            }
        }
        return e;
    }

    private static ObjectNode train() {
        ObjectNode t = JSON.createObjectNode().put("model", "model.rfnmodel").put("examples", 800_000).put("features", 784).put("classes", 10);
        t.putArray("layers").add(500);
        t.put("parameters", 397_510);
        t.putObject("optimizer").put("type", "sgd").put("learning_rate", 0.1).put("momentum", 0.0);
        t.put("epochs", 20).put("batch_size", 32).put("stopped_early", false).put("final_loss", 0.01).put("final_accuracy", 0.998)
                .put("seconds", 300.0).put("samples_per_second", 53_000.0);
        ArrayNode h = t.putArray("history");
        for (int e = 1; e <= 20; e++) {
            h.addObject().put("epoch", e).put("loss", 0.3 / e).put("accuracy", 1 - 0.08 / e).put("validation_loss", 0.32 / e + 0.01)
                    .put("validation_accuracy", 1 - 0.09 / e - 0.005).put("learning_rate", 0.1).put("seconds", 15.0);
        }
        return t;
    }

    private static ObjectNode evaluate(int classes) {
        ObjectNode e = JSON.createObjectNode().put("model", "model.rfnmodel").put("examples", 100_000).put("classes", classes)
                .put("accuracy", 0.9816).put("top_k", 5).put("top_k_accuracy", 0.9998).put("log_loss", 0.057)
                .put("macro_precision", 0.9815).put("macro_recall", 0.9814).put("macro_f1", 0.9815);
        ArrayNode per = e.putArray("per_class");
        ArrayNode m = e.putArray("confusion_matrix");
        for (int i = 0; i < classes; i++) {
            per.addObject().put("label", i).put("precision", 0.98).put("recall", 0.98).put("f1", 0.98).put("support", 10_000);
            ArrayNode row = m.addArray();
            for (int j = 0; j < classes; j++) row.add(i == j ? 9_800 : (i * 7 + j * 3) % 45);
        }
        return e;
    }

    private static void writeProfile(Path dir, long records, SplittableRandom rnd) throws IOException {
        ObjectNode profile = JSON.createObjectNode().put("format", "refinery-profile").put("version", 1);
        for (String side : new String[] {"input", "output"}) {
            long rows = side.equals("input") ? records : records * 82 / 100;
            ObjectNode p = profile.putObject(side).put("rows", rows);
            ObjectNode cols = p.putObject("columns");
            for (int c = 0; c < COLUMNS; c++) {
                ObjectNode col = cols.putObject("column_" + c).put("count", rows).put("nulls", 0).put("completeness", 1.0);
                if (c % 2 == 0) {
                    col.putObject("types").put("double", rows);
                    col.put("distinct", rows * 0.9).put("distinctness", 0.9);
                    double shift = side.equals("input") ? 0 : 3;
                    ObjectNode num = col.putObject("numeric").put("count", rows).put("min", shift).put("max", 100 + shift)
                            .put("mean", 50 + shift).put("stddev", 12.5).put("sum", rows * 50.0);
                    ObjectNode q = num.putObject("quantiles");
                    for (String k : new String[] {"0.01", "0.05", "0.25", "0.5", "0.75", "0.95", "0.99"}) q.put(k, Double.parseDouble(k) * 100);
                    ObjectNode hist = num.putObject("histogram");
                    ArrayNode edges = hist.putArray("edges");
                    ArrayNode counts = hist.putArray("counts");
                    for (int b = 0; b <= 20; b++) edges.add(shift + b * 5.0);
                    for (int b = 0; b < 20; b++) counts.add((long) (rows / 20.0 * (0.5 + Math.exp(-Math.pow((b - 10) / 4.0, 2)))));
                } else {
                    col.putObject("types").put("string", rows);
                    col.put("distinct", 20.0).put("distinctness", 20.0 / rows);
                    col.putObject("text").put("count", rows).put("min_length", 2).put("max_length", 40).put("mean_length", 12.0);
                    ArrayNode top = col.putArray("top_values");
                    for (int v = 0; v < 20; v++) top.addObject().put("value", WORDS[v]).put("count", rows / (v + 2));
                    col.put("top_values_exact", true).put("entropy", 3.9);
                }
            }
            ArrayNode corr = p.putArray("correlations");
            for (int c = 0; c + 2 < COLUMNS; c += 2) corr.addObject().put("a", "column_" + c).put("b", "column_" + (c + 2)).put("pearson", rnd.nextDouble() - 0.5).put("count", rows);
            ObjectNode label = p.putObject("label").put("column", "label");
            ObjectNode classes = label.putObject("classes");
            for (int k = 0; k < 10; k++) classes.put(Integer.toString(k), rows / 10 + (k - 5) * rows / 200);
            label.put("imbalance_ratio", 1.2);
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("profile.json").toFile(), profile);
    }

    private static Map<String, Object> record(long id, SplittableRandom rnd) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", "r" + id);
        StringBuilder text = new StringBuilder();
        int words = 5 + rnd.nextInt(40);
        for (int w = 0; w < words; w++) text.append(w > 0 ? " " : "").append(WORDS[rnd.nextInt(WORDS.length)]);
        r.put("text", text.toString());
        r.put("rating", rnd.nextInt(1, 6));
        r.put("lang", rnd.nextInt(10) == 0 ? "de" : "en");
        r.put("label", rnd.nextInt(10));
        for (int c = 0; c < 8; c++) r.put("column_" + c, c % 2 == 0 ? (Object) (rnd.nextDouble() * 100) : WORDS[rnd.nextInt(WORDS.length)]);
        return r;
    }

    private static long writeDropped(Path dir, int shard, long perShard, SplittableRandom rnd) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(String.format("part-%05d.jsonl", shard));
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Step st : STEPS) {
                for (String reason : st.reasons()) {
                    for (int i = 0; i < DROPPED_SAMPLES; i++) {
                        long id = shard * perShard + rnd.nextLong(Math.max(1, perShard));
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("step", st.name());
                        line.put("reason", reason);
                        line.put("source", "reviews.jsonl.zst");
                        line.put("line", id + 1);
                        line.put("id", "r" + id);
                        line.put("record", record(id, rnd));
                        w.write(JSON.writeValueAsString(line));
                        w.newLine();
                    }
                }
            }
        }
        return Files.size(file);
    }

    /** Changed examples from {@code trim} and {@code cast}; {@code select_fields} changes nothing, so reading never fills it. */
    private static long writeChanged(Path dir, int shard, long perShard, SplittableRandom rnd) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(String.format("part-%05d.jsonl", shard));
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String step : new String[] {"trim", "cast"}) {
                for (int i = 0; i < CHANGED_SAMPLES; i++) {
                    long id = shard * perShard + rnd.nextLong(Math.max(1, perShard));
                    Map<String, Object> after = record(id, rnd);
                    Map<String, Object> before = new LinkedHashMap<>(after);
                    if (step.equals("trim")) before.put("text", "  " + after.get("text") + " ");
                    else before.put("rating", after.get("rating").toString());
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("step", step);
                    line.put("source", "reviews.jsonl.zst");
                    line.put("line", id + 1);
                    line.put("id", "r" + id);
                    line.put("before", before);
                    line.put("after", after);
                    w.write(JSON.writeValueAsString(line));
                    w.newLine();
                }
            }
        }
        return Files.size(file);
    }

    private static long writeQuarantine(Path dir, int shard, SplittableRandom rnd) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(String.format("part-%05d.jsonl", shard));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("source", "reviews.jsonl.zst");
        line.put("line", shard * 1000L + rnd.nextInt(1000));
        line.put("stage", "read");
        line.put("error", "malformed JSON at column 41: Unexpected end-of-input in VALUE_STRING");
        line.put("raw", "{\"id\": \"r" + shard + "\", \"text\": \"truncated export");
        Files.writeString(file, JSON.writeValueAsString(line) + "\n");
        return Files.size(file);
    }
}
