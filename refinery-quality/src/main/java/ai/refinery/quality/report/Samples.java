package ai.refinery.quality.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Example records from one side-file directory (dropped/, changed/ or quarantine/), grouped by key. */
final class Samples {
    /** A group: step and reason for dropped records, step for changed ones, stage for quarantine. */
    record Key(String group, String detail) {}

    private final Map<Key, List<JsonNode>> byKey = new LinkedHashMap<>();
    int files;
    long linesRead;
    int unreadableLines;
    int oversizedLines;
    /** True when reading stopped at the line budget before every group was full. */
    boolean budgetExhausted;

    boolean isEmpty() {
        return byKey.isEmpty();
    }

    List<JsonNode> get(Key k) {
        return byKey.getOrDefault(k, List.of());
    }

    Map<Key, List<JsonNode>> all() {
        return byKey;
    }

    int size(Key k) {
        List<JsonNode> l = byKey.get(k);
        return l == null ? 0 : l.size();
    }

    boolean hasKey(Key k) {
        return byKey.containsKey(k);
    }

    void add(Key k, JsonNode sample) {
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(sample);
    }

    int keyCount() {
        return byKey.size();
    }
}
