package ai.refinery.quality.profile;

import java.util.HashMap;
import java.util.Map;

/**
 * How many distinct values per chunk each column had in the partials merged so far, so that new
 * partials size their count tables once instead of growing them batch after batch. Hints change
 * only capacities, never results: tables iterate in insertion order whatever their size.
 */
final class SizeHints {
    static final SizeHints NONE = new SizeHints(Map.of());

    private final Map<String, Integer> distinctPerChunk;

    private SizeHints(Map<String, Integer> distinctPerChunk) {
        this.distinctPerChunk = distinctPerChunk;
    }

    /** The expected distinct values per chunk of a column, 0 when unknown. */
    int expected(String column) {
        Integer n = distinctPerChunk.get(column);
        return n == null ? 0 : n;
    }

    /** These hints updated with what a partial's columns needed. */
    SizeHints updatedWith(Iterable<ColumnState> columns) {
        Map<String, Integer> next = new HashMap<>(distinctPerChunk);
        for (ColumnState c : columns) next.put(c.name, c.values().distinctPerChunk());
        return new SizeHints(next);
    }
}
