package ai.refinery.quality.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a profile says about one column (top-level field). Statistics with nothing to describe are
 * null: the distinctness and entropy of a column without values, the numeric part of a column
 * without numbers, the text part of one without strings.
 */
public final class ColumnProfile {
    private final String name;
    private final long count;
    private final long nulls;
    private final double completeness;
    private final Map<String, Long> types;
    private final double distinct;
    private final double distinctLowerBound;
    private final double distinctUpperBound;
    private final NumericProfile numeric;
    private final TextProfile text;
    private final List<TopValue> topValues;
    private final boolean topValuesExact;
    private final Double entropy;
    private final Map<String, Double> patternCompliance;

    ColumnProfile(String name, long count, long nulls, double completeness, Map<String, Long> types,
                  double distinct, double distinctLowerBound, double distinctUpperBound,
                  NumericProfile numeric, TextProfile text, List<TopValue> topValues,
                  boolean topValuesExact, Double entropy, Map<String, Double> patternCompliance) {
        this.name = name;
        this.count = count;
        this.nulls = nulls;
        this.completeness = completeness;
        this.types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        this.distinct = distinct;
        this.distinctLowerBound = distinctLowerBound;
        this.distinctUpperBound = distinctUpperBound;
        this.numeric = numeric;
        this.text = text;
        this.topValues = List.copyOf(topValues);
        this.topValuesExact = topValuesExact;
        this.entropy = entropy;
        this.patternCompliance = Collections.unmodifiableMap(new LinkedHashMap<>(patternCompliance));
    }

    public String name() { return name; }

    /** Rows in which the field is present and not null. */
    public long count() { return count; }

    /** Rows in which the field is missing or null. */
    public long nulls() { return nulls; }

    /** count / rows. */
    public double completeness() { return completeness; }

    /** Value counts by {@code FieldType} label (string, long, double, boolean, bytes, float_vector, list, map). */
    public Map<String, Long> types() { return types; }

    /**
     * Distinct non-null values: exact while the column's values are counted exactly, else an HLL
     * estimate with its bounds as DataSketches states them, not capped at {@link #count()}: a nearly
     * unique column's estimate (and distinctness) may exceed its count by the sketch's error.
     */
    public double distinct() { return distinct; }

    /** Lower bound of {@link #distinct()} at two standard deviations (about 95%); equal to it when exact. */
    public double distinctLowerBound() { return distinctLowerBound; }

    public double distinctUpperBound() { return distinctUpperBound; }

    /** distinct / count (an estimate may slightly exceed 1), or null without values. */
    public Double distinctness() { return count == 0 ? null : distinct / count; }

    /** The numbers' statistics, or null when the column has no finite number. */
    public NumericProfile numeric() { return numeric; }

    /** String lengths, or null when the column has no string. */
    public TextProfile text() { return text; }

    /** The most frequent string, long, double and boolean values, most frequent first. */
    public List<TopValue> topValues() { return topValues; }

    /** Whether {@link #topValues()} (and {@link #entropy()}) are exact rather than sketch estimates. */
    public boolean topValuesExact() { return topValuesExact; }

    /** Shannon entropy in bits of the value frequencies, or null when not exact or without values. */
    public Double entropy() { return entropy; }

    /** Pattern name → fraction of string values it is found in (empty without patterns or strings). */
    public Map<String, Double> patternCompliance() { return patternCompliance; }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count);
        m.put("nulls", nulls);
        m.put("completeness", JsonValues.finiteOrNull(completeness));
        m.put("types", new LinkedHashMap<>(types));
        m.put("distinct", distinct);
        m.put("distinct_bounds", List.of(distinctLowerBound, distinctUpperBound));
        m.put("distinctness", JsonValues.finiteOrNull(distinctness()));
        if (numeric != null) m.put("numeric", numeric.toMap());
        if (text != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("count", text.count());
            t.put("min_length", text.minLength());
            t.put("max_length", text.maxLength());
            t.put("mean_length", JsonValues.finiteOrNull(text.meanLength()));
            m.put("text", t);
        }
        List<Object> top = new ArrayList<>();
        for (TopValue v : topValues) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("value", v.value() instanceof Double d ? JsonValues.finiteOrNull(d) : v.value());
            e.put("count", v.count());
            top.add(e);
        }
        m.put("top_values", top);
        m.put("top_values_exact", topValuesExact);
        m.put("entropy", JsonValues.finiteOrNull(entropy));
        Map<String, Object> p = new LinkedHashMap<>();
        patternCompliance.forEach((k, v) -> p.put(k, JsonValues.finiteOrNull(v)));
        m.put("patterns", p);
        return m;
    }

    static ColumnProfile fromMap(String name, MapReader r) {
        Map<String, Long> types = new LinkedHashMap<>();
        MapReader t = r.optionalObject("types");
        if (t != null) for (Object k : t.entries().keySet()) types.put(String.valueOf(k), t.requireLong(String.valueOf(k)));
        double distinct = r.requireDouble("distinct");
        List<?> bounds = r.list("distinct_bounds");
        if (!bounds.isEmpty() && (bounds.size() != 2 || !(bounds.get(0) instanceof Number) || !(bounds.get(1) instanceof Number))) {
            throw new IllegalArgumentException("profile: " + r.path("distinct_bounds") + " must be [lower, upper], got " + bounds);
        }
        double lower = bounds.isEmpty() ? distinct : ((Number) bounds.get(0)).doubleValue();
        double upper = bounds.isEmpty() ? distinct : ((Number) bounds.get(1)).doubleValue();
        MapReader n = r.optionalObject("numeric");
        MapReader x = r.optionalObject("text");
        TextProfile text = x == null ? null : new TextProfile(x.requireLong("count"), x.requireLong("min_length"),
                x.requireLong("max_length"), x.doubleOrNaN("mean_length"));
        List<TopValue> top = new ArrayList<>();
        List<?> rows = r.list("top_values");
        for (int i = 0; i < rows.size(); i++) {
            MapReader e = MapReader.of(rows.get(i), r.path("top_values") + "[" + i + "]");
            Object value = e.raw("value");
            if (value instanceof Number num) value = MapReader.normalizeNumber(num);
            top.add(new TopValue(value, e.requireLong("count")));
        }
        Map<String, Double> patterns = new LinkedHashMap<>();
        MapReader p = r.optionalObject("patterns");
        if (p != null) for (Object k : p.entries().keySet()) patterns.put(String.valueOf(k), p.doubleOrNaN(String.valueOf(k)));
        return new ColumnProfile(name, r.requireLong("count"), r.requireLong("nulls"), r.doubleOrNaN("completeness"), types,
                distinct, lower, upper, n == null ? null : NumericProfile.fromMap(n), text, top,
                r.has("top_values_exact") && r.requireBoolean("top_values_exact"), r.optionalDouble("entropy"), patterns);
    }
}
