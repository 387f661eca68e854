package ai.refinery.quality.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profile of a dataset: row count, column profiles in first-seen order, Pearson correlations
 * between numeric columns and the label column's class balance. {@link #toMap()} gives the JSON shape
 * of DESIGN.md ({@code profile.json}), {@link #fromMap} reads it back, and {@link #metrics()} flattens
 * the scalar metrics for history and anomaly checks.
 */
public final class DatasetProfile {
    private final long rows;
    private final Map<String, ColumnProfile> columns;
    private final long columnsSkipped;
    private final List<Correlation> correlations;
    private final LabelBalance label;

    DatasetProfile(long rows, Map<String, ColumnProfile> columns, long columnsSkipped,
                   List<Correlation> correlations, LabelBalance label) {
        this.rows = rows;
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        this.columnsSkipped = columnsSkipped;
        this.correlations = List.copyOf(correlations);
        this.label = label;
    }

    public long rows() { return rows; }

    /** Column name → profile, in the order columns first appeared in the input. */
    public Map<String, ColumnProfile> columns() { return columns; }

    /** The profile of a column, or null when it never appeared (or was not profiled). */
    public ColumnProfile column(String name) { return columns.get(name); }

    /** Columns beyond {@code maxColumns} that were seen but not profiled. */
    public long columnsSkipped() { return columnsSkipped; }

    public List<Correlation> correlations() { return correlations; }

    /** The correlation of two columns in either order, or null when not computed. */
    public Correlation correlation(String a, String b) {
        for (Correlation c : correlations) {
            if ((c.a().equals(a) && c.b().equals(b)) || (c.a().equals(b) && c.b().equals(a))) return c;
        }
        return null;
    }

    /** The label column's class balance, or null when no label column was set. */
    public LabelBalance label() { return label; }

    /** Every defined scalar metric by name ({@code row_count}, {@code mean(age)}, {@code quantile(age,0.5)}, ...). */
    public Map<String, Double> metrics() { return ProfileMetrics.all(this); }

    /**
     * One metric by name: null when the profile does not have it (unknown column, or a statistic the
     * column lacks).
     *
     * @throws IllegalArgumentException for a malformed name or an unknown metric function
     */
    public Double metric(String name) { return ProfileMetrics.metric(this, name); }

    /** The profile as JSON-able maps, lists, strings, numbers and booleans; NaN is written as null. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", rows);
        Map<String, Object> cols = new LinkedHashMap<>();
        columns.forEach((name, c) -> cols.put(name, c.toMap()));
        m.put("columns", cols);
        m.put("columns_skipped", columnsSkipped);
        List<Object> corr = new ArrayList<>();
        for (Correlation c : correlations) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("a", c.a());
            e.put("b", c.b());
            e.put("pearson", JsonValues.finiteOrNull(c.pearson()));
            e.put("count", c.count());
            corr.add(e);
        }
        m.put("correlations", corr);
        if (label != null) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("column", label.column());
            l.put("classes", label.classes() == null ? null : new LinkedHashMap<>(label.classes()));
            l.put("imbalance_ratio", JsonValues.finiteOrNull(label.imbalanceRatio()));
            m.put("label", l);
        }
        return m;
    }

    /**
     * Reads a profile written by {@link #toMap()} (possibly through JSON). Quantiles other than the
     * listed levels are not available from it.
     *
     * @throws IllegalArgumentException naming the first missing or mistyped entry
     */
    public static DatasetProfile fromMap(Map<String, ?> map) {
        MapReader r = new MapReader(map, "");
        Map<String, ColumnProfile> columns = new LinkedHashMap<>();
        MapReader cols = r.optionalObject("columns");
        if (cols != null) {
            for (Object key : cols.entries().keySet()) {
                String name = String.valueOf(key);
                columns.put(name, ColumnProfile.fromMap(name, cols.requireObject(name)));
            }
        }
        List<Correlation> correlations = new ArrayList<>();
        List<?> corr = r.list("correlations");
        for (int i = 0; i < corr.size(); i++) {
            MapReader c = MapReader.of(corr.get(i), "correlations[" + i + "]");
            correlations.add(new Correlation(c.requireString("a"), c.requireString("b"), c.optionalDouble("pearson"), c.requireLong("count")));
        }
        LabelBalance label = null;
        MapReader l = r.optionalObject("label");
        if (l != null) {
            Map<String, Long> classes = null;
            MapReader c = l.optionalObject("classes");
            if (c != null) {
                classes = new LinkedHashMap<>();
                for (Object k : c.entries().keySet()) classes.put(String.valueOf(k), c.requireLong(String.valueOf(k)));
            }
            label = new LabelBalance(l.requireString("column"), classes, l.optionalDouble("imbalance_ratio"));
        }
        long skipped = r.has("columns_skipped") ? r.requireLong("columns_skipped") : 0;
        return new DatasetProfile(r.requireLong("rows"), columns, skipped, correlations, label);
    }

    @Override
    public String toString() {
        return "DatasetProfile" + toMap();
    }
}
