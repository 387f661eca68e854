package ai.refinery.quality.profile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the partials merged so far tell a new partial, so that it works on its own thread rather
 * than leaving work to the merge, which runs one partial at a time:
 *
 * <ul>
 *   <li>the rows a partial had: a partial ends its last chunk of rows (moving that chunk's counts
 *       into its sketches) when it reaches that many, instead of when it is merged;</li>
 *   <li>the columns the merged whole counts with sketches: past the exact limit a column never
 *       goes back, so a new partial starts those in sketch mode instead of counting exactly and
 *       handing the merge a table to convert;</li>
 *   <li>the distinct values per chunk of each column: count tables are sized once;</li>
 *   <li>the sketch-mode columns whose chunks are nearly all distinct: a new partial starts them
 *       direct ({@link ValueCounts}), except every {@link ValueCounts#RECHECK_EVERY}th partial,
 *       which counts their first chunk exactly again.</li>
 * </ul>
 *
 * <p>Hints never change exact figures, distinct counts or moments. They may move chunk boundaries
 * (when batch sizes vary) and so change which values a chunk's Misra–Gries reduction hands to the
 * frequent-items sketch: top-value estimates of sketch-mode columns may differ slightly from run to
 * run, within their stated error, as KLL quantiles do.
 */
final class PartialHints {
    static final PartialHints NONE = new PartialHints(0, Map.of(), Set.of(), Set.of());

    private final int rowsPerPartial;
    private final Map<String, Integer> distinctPerChunk;
    private final Set<String> sketching;
    /** Columns whose last exactly counted sketch-mode chunk was nearly all distinct. */
    private final Set<String> nearDistinct;

    private PartialHints(int rowsPerPartial, Map<String, Integer> distinctPerChunk, Set<String> sketching, Set<String> nearDistinct) {
        this.rowsPerPartial = rowsPerPartial;
        this.distinctPerChunk = distinctPerChunk;
        this.sketching = sketching;
        this.nearDistinct = nearDistinct;
    }

    /** Whether a sketch-mode column's chunks were last seen nearly all distinct: a partial starts it direct. */
    boolean nearDistinct(String column) {
        return nearDistinct.contains(column);
    }

    /** These hints without near-distinct columns: a partial that counts its first chunks exactly, to re-check them. */
    PartialHints rechecking() {
        return nearDistinct.isEmpty() ? this : new PartialHints(rowsPerPartial, distinctPerChunk, sketching, Set.of());
    }

    /** Rows after which a partial ends a chunk: a partial's rows when known and smaller, else {@code max}. */
    int chunkRows(int max) {
        return rowsPerPartial > 0 && rowsPerPartial < max ? rowsPerPartial : max;
    }

    /** The expected distinct values per chunk of a column, 0 when unknown. */
    int expectedDistinct(String column) {
        Integer n = distinctPerChunk.get(column);
        return n == null ? 0 : n;
    }

    /** Whether the merged whole counts this column with sketches. */
    boolean sketching(String column) {
        return sketching.contains(column);
    }

    /** These hints updated with a partial's rows and table sizes, read before it is merged. */
    PartialHints learnFrom(DatasetState partial) {
        Map<String, Integer> distinct = new HashMap<>(distinctPerChunk);
        Set<String> near = new HashSet<>(nearDistinct);
        for (ColumnState c : partial.columns()) {
            Boolean measured = c.values().measuredNearDistinct();
            // a partial that went direct from its start measured nothing: keep what is known
            if (measured == null && near.contains(c.name)) continue;
            distinct.put(c.name, c.values().distinctPerChunk());
            if (measured != null && measured) near.add(c.name);
            else near.remove(c.name);
        }
        return new PartialHints((int) Math.min(Integer.MAX_VALUE, partial.rows()), distinct, sketching, near);
    }

    /** These hints with the sketch-mode columns of the merged whole. */
    PartialHints withSketching(Iterable<ColumnState> mergedColumns) {
        Set<String> sketched = new HashSet<>();
        for (ColumnState c : mergedColumns) if (!c.values().isExact()) sketched.add(c.name);
        return new PartialHints(rowsPerPartial, distinctPerChunk, sketched, nearDistinct);
    }
}
