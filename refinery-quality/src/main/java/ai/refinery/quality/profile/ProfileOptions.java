package ai.refinery.quality.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What to profile and how precisely. Validated on construction; {@link #defaults()} gives the
 * settings of DESIGN.md.
 *
 * @param columns               top-level fields to profile, or null for all (the label column is
 *                              always profiled)
 * @param patterns              name → regular expression; each column reports the fraction of its
 *                              string values in which the regex is found (as the filter language's
 *                              {@code matches}; anchor with {@code ^...$} for whole values)
 * @param labelColumn           the column whose class balance is reported, or null
 * @param histogramBins         equal-width bins between a numeric column's min and max
 * @param topValues             most frequent values reported per column
 * @param exactDistinctLimit    distinct values per column counted exactly; beyond it top values are
 *                              frequent-items estimates and entropy is not reported
 * @param kllK                  the KLL quantile sketch's k (rank error about 1.33% at 200)
 * @param hllLgK                log2 of the HLL distinct-count sketch's registers (about 1.6% relative
 *                              standard error at 12)
 * @param maxColumns            columns profiled at most, the first ones in input order; further
 *                              columns are counted as {@code columns_skipped}
 * @param maxCorrelationColumns numeric columns whose pairwise Pearson correlations are computed
 *                              (the cost grows with its square: 32 columns are 496 pairs): the
 *                              first ones in column order; a batch with more numeric columns
 *                              than this contributes the pairs of the first ones to get a number
 *                              in it; 0 turns correlations off
 */
public record ProfileOptions(
        List<String> columns,
        Map<String, String> patterns,
        String labelColumn,
        int histogramBins,
        int topValues,
        int exactDistinctLimit,
        int kllK,
        int hllLgK,
        int maxColumns,
        int maxCorrelationColumns) {

    public static final int DEFAULT_HISTOGRAM_BINS = 20;
    public static final int DEFAULT_TOP_VALUES = 20;
    public static final int DEFAULT_EXACT_DISTINCT_LIMIT = 1024;
    public static final int DEFAULT_KLL_K = 200;
    public static final int DEFAULT_HLL_LG_K = 12;
    public static final int DEFAULT_MAX_COLUMNS = 200;
    public static final int DEFAULT_MAX_CORRELATION_COLUMNS = 32;

    public ProfileOptions {
        if (columns != null) {
            for (String c : columns) {
                if (c == null || c.isEmpty()) throw new IllegalArgumentException("columns: a column name is empty; list field names, or leave columns unset to profile all");
            }
            columns = Collections.unmodifiableList(new ArrayList<>(columns));
        }
        Map<String, String> checked = new LinkedHashMap<>();
        if (patterns != null) {
            for (Map.Entry<String, String> e : patterns.entrySet()) {
                String name = e.getKey();
                if (name == null || name.isEmpty()) throw new IllegalArgumentException("patterns: a pattern has an empty name; give each regex a name");
                if (e.getValue() == null) throw new IllegalArgumentException("patterns: pattern '" + name + "' has no regex");
                try {
                    Pattern.compile(e.getValue());
                } catch (PatternSyntaxException ex) {
                    throw new IllegalArgumentException("patterns: pattern '" + name + "' is not a valid regex: "
                            + ex.getDescription() + " near index " + ex.getIndex() + " of " + e.getValue(), ex);
                }
                checked.put(name, e.getValue());
            }
        }
        patterns = Collections.unmodifiableMap(checked);
        if (labelColumn != null && labelColumn.isEmpty()) throw new IllegalArgumentException("labelColumn is empty; give a field name or null for none");
        requireRange("histogramBins", histogramBins, 1, 10_000);
        requireRange("topValues", topValues, 0, 10_000);
        requireRange("exactDistinctLimit", exactDistinctLimit, 1, 1 << 20);
        // the bounds DataSketches accepts for these sketches
        requireRange("kllK", kllK, 8, 65_535);
        requireRange("hllLgK", hllLgK, 4, 21);
        requireRange("maxColumns", maxColumns, 1, 100_000);
        requireRange("maxCorrelationColumns", maxCorrelationColumns, 0, 1_000);
    }

    /** All columns, no patterns, no label, and the default sizes. */
    public static ProfileOptions defaults() {
        return new ProfileOptions(null, Map.of(), null, DEFAULT_HISTOGRAM_BINS, DEFAULT_TOP_VALUES,
                DEFAULT_EXACT_DISTINCT_LIMIT, DEFAULT_KLL_K, DEFAULT_HLL_LG_K, DEFAULT_MAX_COLUMNS,
                DEFAULT_MAX_CORRELATION_COLUMNS);
    }

    public ProfileOptions withColumns(List<String> newColumns) {
        return new ProfileOptions(newColumns, patterns, labelColumn, histogramBins, topValues, exactDistinctLimit, kllK, hllLgK, maxColumns, maxCorrelationColumns);
    }

    public ProfileOptions withPatterns(Map<String, String> newPatterns) {
        return new ProfileOptions(columns, newPatterns, labelColumn, histogramBins, topValues, exactDistinctLimit, kllK, hllLgK, maxColumns, maxCorrelationColumns);
    }

    public ProfileOptions withLabelColumn(String newLabelColumn) {
        return new ProfileOptions(columns, patterns, newLabelColumn, histogramBins, topValues, exactDistinctLimit, kllK, hllLgK, maxColumns, maxCorrelationColumns);
    }

    public ProfileOptions withMaxColumns(int newMaxColumns) {
        return new ProfileOptions(columns, patterns, labelColumn, histogramBins, topValues, exactDistinctLimit, kllK, hllLgK, newMaxColumns, maxCorrelationColumns);
    }

    public ProfileOptions withExactDistinctLimit(int newLimit) {
        return new ProfileOptions(columns, patterns, labelColumn, histogramBins, topValues, newLimit, kllK, hllLgK, maxColumns, maxCorrelationColumns);
    }

    /** Whether a field is profiled: listed (or no list given), or the label column. */
    boolean wants(String field) {
        return columns == null || field.equals(labelColumn) || columns.contains(field);
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + value);
        }
    }
}
