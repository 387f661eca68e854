package ai.refinery.quality.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything a report shows, read from a run's {@code _refinery/} directory: {@code run.json},
 * {@code profile.json} when present, and bounded samples of the dropped, changed and quarantined records.
 * The data shards themselves are never read.
 */
final class RunData {
    static final String RUN_JSON = "run.json";
    static final String PROFILE_JSON = "profile.json";
    static final String DROPPED = "dropped";
    static final String CHANGED = "changed";
    static final String QUARANTINE = "quarantine";

    final Path dir;
    final JsonNode run;
    /** MissingNode when the run has no profile.json. */
    final JsonNode profile;
    final Samples dropped;
    final Samples changed;
    final Samples quarantine;

    private RunData(Path dir, JsonNode run, JsonNode profile, Samples dropped, Samples changed, Samples quarantine) {
        this.dir = dir;
        this.run = run;
        this.profile = profile;
        this.dropped = dropped;
        this.changed = changed;
        this.quarantine = quarantine;
    }

    static RunData load(Path dir, ReportOptions o) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode run = readObject(json, dir.resolve(RUN_JSON), true);
        JsonNode profile = Files.exists(dir.resolve(PROFILE_JSON)) ? readObject(json, dir.resolve(PROFILE_JSON), false)
                : MissingNode.getInstance();
        int per = o.maxSamplesPerKey();
        Samples dropped = SideFiles.read(dir.resolve(DROPPED), n -> new Samples.Key(n.path("step").asText("?"), n.path("reason").asText("?")),
                per, droppedWanted(run, per), o.maxSideFileLines());
        Samples changed = SideFiles.read(dir.resolve(CHANGED), n -> new Samples.Key(n.path("step").asText("?"), ""),
                per, changedWanted(run, per), o.maxSideFileLines());
        Samples quarantine = SideFiles.read(dir.resolve(QUARANTINE), n -> new Samples.Key(n.path("stage").asText("?"), ""),
                per, wanted(run.path("records").path("quarantined_by"), stage -> new Samples.Key(stage, ""), per), o.maxSideFileLines());
        return new RunData(dir, run, profile, dropped, changed, quarantine);
    }

    private static JsonNode readObject(ObjectMapper json, Path file, boolean required) throws IOException {
        try {
            JsonNode n = json.readTree(file.toFile());
            if (n == null || !n.isObject()) throw new IOException(file + ": not a JSON object");
            return n;
        } catch (IOException e) {
            if (!required) return MissingNode.getInstance(); // a damaged profile should not cost the whole report
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new IOException("cannot read " + file + ": " + why, e);
        }
    }

    /** Per step and reason, as many samples as the run dropped, up to the cap. */
    private static Map<Samples.Key, Integer> droppedWanted(JsonNode run, int per) {
        Map<Samples.Key, Integer> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = run.path("records").path("dropped").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> step = it.next();
            out.putAll(wanted(step.getValue(), reason -> new Samples.Key(step.getKey(), reason), per));
        }
        return out;
    }

    /** From {@code {name: count}}: each name's key wants min(count, per) samples. */
    private static Map<Samples.Key, Integer> wanted(JsonNode counts, Function<String, Samples.Key> key, int per) {
        Map<Samples.Key, Integer> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = counts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            long n = e.getValue().asLong();
            if (n > 0) out.put(key.apply(e.getKey()), (int) Math.min(n, per));
        }
        return out;
    }

    /** Mappers are the steps that change records; unknown how many did, so each may fill its cap. */
    private static Map<Samples.Key, Integer> changedWanted(JsonNode run, int per) {
        Map<Samples.Key, Integer> out = new LinkedHashMap<>();
        for (JsonNode op : run.path("operators")) {
            if ("mapper".equals(op.path("kind").asText()) && op.path("out").asLong() > 0) {
                out.put(new Samples.Key(op.path("name").asText(), ""), per);
            }
        }
        return out;
    }

    boolean hasProfile() {
        return profile.path("input").isObject() || profile.path("output").isObject();
    }

    String status() {
        return run.path("status").asText("unknown");
    }

    boolean failed() {
        return !"succeeded".equals(status());
    }
}
