package ai.refinery.quality.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page is bounded by the caps, not by the run: 200 shards of side files still give a small page. */
class ReportSizeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] STEPS = {"require_fields", "cast", "usable", "exact_dedup", "trim"};
    private static final String[][] REASONS = {{"missing:text", "missing:id"}, {}, {"too_short", "bad_rating", "spam"}, {"duplicate"}, {}};

    @TempDir
    Path tmp;

    @Test
    void twoHundredShardsOfSideFilesGiveAReportUnderOneMegabyte() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("_refinery"));
        writeRunJson(dir);
        writeProfile(dir, 40);
        Random rnd = new Random(7);
        for (int shard = 0; shard < 200; shard++) {
            writeShard(dir.resolve("dropped"), shard, rnd, true);
            writeShard(dir.resolve("changed"), shard, rnd, false);
        }

        Path page = RunReportPage.write(dir);

        assertThat(Files.size(page)).isLessThan(1_000_000);
        String html = Files.readString(page);
        Fixtures.parse(html);
        // enough samples were in the first shard: the other 199 were never opened
        assertThat(html).contains("<code>dropped/</code> — examples of dropped records (1 files read for this page)");
        assertThat(html).contains("Showing 5 of 100,000 dropped records.");
    }

    @Test
    void manyReasonsOfWideRecordsStillGiveAPageUnderFiveMegabytes() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("wide/_refinery"));
        ObjectNode run = JSON.createObjectNode().put("status", "succeeded");
        ObjectNode reasons = run.putObject("records").put("in", 1_000_000).put("dropped_total", 1_000_000)
                .putObject("dropped").putObject("require_fields");
        Files.createDirectories(dir.resolve("dropped"));
        Map<String, Object> record = new LinkedHashMap<>();
        for (int f = 0; f < 60; f++) record.put("field_" + f, "界".repeat(1000)); // three bytes a char in UTF-8
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("dropped/part-00000.jsonl"))) {
            for (int r = 0; r < 300; r++) {
                reasons.put("missing:field_" + r, 10);
                for (int i = 0; i < 5; i++) {
                    w.write(JSON.writeValueAsString(Map.of("step", "require_fields", "reason", "missing:field_" + r, "record", record)));
                    w.newLine();
                }
            }
        }
        JSON.writeValue(dir.resolve("run.json").toFile(), run);

        Path page = RunReportPage.write(dir);

        assertThat(Files.size(page)).isLessThan(5_000_000);
        String html = Files.readString(page);
        Fixtures.parse(html);
        assertThat(html).contains("more groups are left out to keep this page small; see dropped/.");
    }

    private static void writeRunJson(Path dir) throws Exception {
        ObjectNode run = JSON.createObjectNode();
        run.put("run_id", "bench").put("status", "succeeded");
        run.putObject("recipe").put("name", "synthetic");
        ObjectNode records = run.putObject("records");
        records.put("in", 1_000_000).put("out", 300_000).put("dropped_total", 700_000).put("quarantined", 0);
        ObjectNode dropped = records.putObject("dropped");
        ArrayNode ops = run.putArray("operators");
        for (int s = 0; s < STEPS.length; s++) {
            ObjectNode op = ops.addObject().put("name", STEPS[s]).put("op", STEPS[s]).put("kind", REASONS[s].length > 0 ? "filter" : "mapper");
            for (String r : REASONS[s]) dropped.withObjectProperty(STEPS[s]).put(r, 100_000);
            op.put("in", 1_000_000).put("out", 900_000);
        }
        JSON.writeValue(dir.resolve("run.json").toFile(), run);
    }

    private static void writeProfile(Path dir, int columns) throws Exception {
        ObjectNode profile = JSON.createObjectNode().put("format", "refinery-profile").put("version", 1);
        for (String side : new String[] {"input", "output"}) {
            ObjectNode p = profile.putObject(side).put("rows", 1_000_000);
            ObjectNode cols = p.putObject("columns");
            for (int c = 0; c < columns; c++) {
                ObjectNode col = cols.putObject("column_" + c).put("count", 1_000_000).put("completeness", 1.0).put("distinct", 5000.0);
                if (c % 2 == 0) {
                    ObjectNode num = col.putObject("numeric").put("min", 0).put("max", 100).put("mean", 50).put("stddev", 10);
                    ArrayNode edges = num.putObject("histogram").putArray("edges");
                    ArrayNode counts = ((ObjectNode) num.path("histogram")).putArray("counts");
                    for (int i = 0; i <= 20; i++) edges.add(i * 5.0);
                    for (int i = 0; i < 20; i++) counts.add(1000 + i * 10);
                } else {
                    ArrayNode top = col.putArray("top_values");
                    for (int i = 0; i < 20; i++) top.addObject().put("value", "value-" + i).put("count", 1000 - i);
                }
            }
        }
        JSON.writeValue(dir.resolve("profile.json").toFile(), profile);
    }

    /** Ten samples per step and reason (dropped) or per mapper (changed), records of 40 fields. */
    private static void writeShard(Path dir, int shard, Random rnd, boolean dropped) throws Exception {
        Files.createDirectories(dir);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(String.format("part-%05d.jsonl", shard)))) {
            for (int s = 0; s < STEPS.length; s++) {
                String[] keys = dropped ? REASONS[s] : (REASONS[s].length == 0 ? new String[] {""} : new String[0]);
                for (String reason : keys) {
                    for (int i = 0; i < 10; i++) {
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("step", STEPS[s]);
                        if (dropped) line.put("reason", reason);
                        line.put("source", "data.jsonl");
                        line.put("line", shard * 5000L + i);
                        line.put(dropped ? "record" : "before", record(rnd, false));
                        if (!dropped) line.put("after", record(rnd, true));
                        w.write(JSON.writeValueAsString(line));
                        w.newLine();
                    }
                }
            }
        }
    }

    private static Map<String, Object> record(Random rnd, boolean changed) {
        Map<String, Object> r = new LinkedHashMap<>();
        for (int f = 0; f < 40; f++) {
            r.put("column_" + f, f % 2 == 0 ? (Object) rnd.nextInt(100) : (changed ? "  " : "") + "text ".repeat(80));
        }
        return r;
    }
}
