package ai.refinery.quality.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics of a dataset's earlier versions: one JSON line per published run, oldest first, with
 * the flat metrics of its input and output profiles ({@code row_count}, {@code mean(age)}, ...).
 * Anomaly checks compare a run with this history, as Deequ's metrics repository does. A file, so it
 * needs no server; the governance store can hold the same entries when it is present.
 */
public final class MetricsHistory {
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One version's metrics.
     *
     * @param metrics by side ({@code input}, {@code output}), then by metric name
     */
    public record Entry(String runId, String recordedAt, String recipe, Map<String, Map<String, Double>> metrics) {}

    private final List<Entry> entries;

    private MetricsHistory(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static MetricsHistory empty() {
        return new MetricsHistory(List.of());
    }

    /** Reads a history file; a missing file is an empty history. */
    public static MetricsHistory load(Path file) throws IOException {
        if (!Files.exists(file)) return empty();
        List<Entry> entries = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) continue;
            try {
                entries.add(parse(JSON.readTree(line)));
            } catch (IOException | RuntimeException e) {
                throw new IOException(file + ":" + lineNo + ": not a metrics-history entry (" + e.getMessage()
                        + "); fix or remove the line", e);
            }
        }
        return new MetricsHistory(entries);
    }

    private static Entry parse(JsonNode n) {
        if (!n.isObject() || !n.path("metrics").isObject()) throw new IllegalArgumentException("no metrics object");
        Map<String, Map<String, Double>> bySide = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> sides = n.get("metrics").fields(); sides.hasNext(); ) {
            Map.Entry<String, JsonNode> side = sides.next();
            Map<String, Double> m = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = side.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                m.put(e.getKey(), e.getValue().isNumber() ? e.getValue().asDouble() : null);
            }
            bySide.put(side.getKey(), m);
        }
        return new Entry(n.path("run_id").asText(null), n.path("recorded_at").asText(null), n.path("recipe").asText(null), bySide);
    }

    /** Appends one version's entry (creating the file and its directory). */
    public static void append(Path file, Entry entry) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", entry.runId());
        m.put("recorded_at", entry.recordedAt());
        m.put("recipe", entry.recipe());
        Map<String, Map<String, Double>> clean = new LinkedHashMap<>();
        entry.metrics().forEach((side, metrics) -> {
            Map<String, Double> c = new LinkedHashMap<>();
            metrics.forEach((k, v) -> c.put(k, v == null || v.isNaN() || v.isInfinite() ? null : v));
            clean.put(side, c);
        });
        m.put("metrics", clean);
        Files.write(file, (JSON.writeValueAsString(m) + "\n").getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The known values of one metric on one side, oldest first (versions without it are skipped). */
    public List<Double> values(String side, String metric) {
        List<Double> out = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Double> m = e.metrics().get(side);
            Double v = m == null ? null : m.get(metric);
            if (v != null) out.add(v);
        }
        return out;
    }
}
