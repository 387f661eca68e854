package ai.refinery.quality.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsHistoryTest {
    @TempDir Path dir;

    private static MetricsHistory.Entry entry(String run, double rows, Double mean) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("row_count", rows);
        out.put("mean(age)", mean);
        return new MetricsHistory.Entry(run, "2026-11-28T00:00:00Z", "r", Map.of("output", out));
    }

    @Test
    void entriesAreAppendedAndReadBackOldestFirst() throws IOException {
        Path f = dir.resolve("nested/metrics/r.jsonl");
        assertThat(MetricsHistory.load(f).isEmpty()).isTrue();
        MetricsHistory.append(f, entry("a", 10, 30.0));
        MetricsHistory.append(f, entry("b", 12, Double.NaN));
        MetricsHistory.append(f, entry("c", 11, 32.0));
        MetricsHistory h = MetricsHistory.load(f);
        assertThat(h.entries()).extracting(MetricsHistory.Entry::runId).containsExactly("a", "b", "c");
        assertThat(h.values("output", "row_count")).containsExactly(10.0, 12.0, 11.0);
        assertThat(h.values("output", "mean(age)")).as("a NaN is stored as null and skipped").containsExactly(30.0, 32.0);
        assertThat(h.values("input", "row_count")).isEmpty();
    }

    @Test
    void aDamagedLineIsAnErrorNamingTheFileAndLine() throws IOException {
        Path f = dir.resolve("h.jsonl");
        MetricsHistory.append(f, entry("a", 10, 30.0));
        Files.writeString(f, "{not json\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> MetricsHistory.load(f)).isInstanceOf(IOException.class).hasMessageContaining("h.jsonl:2");
    }
}
