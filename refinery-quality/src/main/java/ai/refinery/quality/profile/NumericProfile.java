package ai.refinery.quality.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The finite numbers (longs and doubles) of a column: exact count, min, max, mean, population
 * standard deviation and sum (min, max and sum are longs when every number was a long and the sum
 * did not overflow), quantiles with their normalized rank error, and an equal-width histogram.
 * Quantiles and histogram are exact while the column's values are counted exactly, else from KLL.
 */
public final class NumericProfile {
    /** The quantiles every profile lists (and {@code metrics()} names). */
    public static final List<Double> QUANTILE_LEVELS = List.of(0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99);

    private final long count;
    private final Number min;
    private final Number max;
    private final double mean;
    private final double stddev;
    private final Number sum;
    private final Map<Double, Double> quantiles;
    private final double quantileRankError;
    private final double[] histogramEdges;
    private final long[] histogramCounts;
    /** Answers any quantile; null for a profile read back from a map. */
    private final Distribution distribution;

    NumericProfile(long count, Number min, Number max, double mean, double stddev, Number sum,
                   Map<Double, Double> quantiles, double quantileRankError, double[] histogramEdges,
                   long[] histogramCounts, Distribution distribution) {
        this.count = count;
        this.min = min;
        this.max = max;
        this.mean = mean;
        this.stddev = stddev;
        this.sum = sum;
        this.quantiles = Collections.unmodifiableMap(new LinkedHashMap<>(quantiles));
        this.quantileRankError = quantileRankError;
        this.histogramEdges = histogramEdges.clone();
        this.histogramCounts = histogramCounts.clone();
        this.distribution = distribution;
    }

    public long count() { return count; }

    public Number min() { return min; }

    public Number max() { return max; }

    public double mean() { return mean; }

    public double stddev() { return stddev; }

    public Number sum() { return sum; }

    /** The listed quantiles ({@link #QUANTILE_LEVELS}), level → value. */
    public Map<Double, Double> quantiles() { return quantiles; }

    /**
     * 0 when the quantiles are exact (the column's values were counted exactly), else KLL's
     * normalized rank error for single quantiles (99% confidence) at the sketch's k.
     */
    public double quantileRankError() { return quantileRankError; }

    /**
     * The smallest value whose normalized rank is at least {@code q}, from the exact counts or the
     * sketch; a profile read back from a map answers only its listed levels, null for others.
     */
    public Double quantile(double q) {
        if (!(q >= 0.0 && q <= 1.0)) throw new IllegalArgumentException("quantile level must be between 0 and 1, got " + q);
        if (distribution == null) return quantiles.get(q);
        return distribution.quantile(q);
    }

    /** The bins' edges: bins + 1 values from min to max. */
    public List<Double> histogramEdges() {
        List<Double> out = new ArrayList<>(histogramEdges.length);
        for (double e : histogramEdges) out.add(e);
        return Collections.unmodifiableList(out);
    }

    /** Values per bin; bin i is [edge i, edge i+1), the last one closed. */
    public List<Long> histogramCounts() {
        List<Long> out = new ArrayList<>(histogramCounts.length);
        for (long c : histogramCounts) out.add(c);
        return Collections.unmodifiableList(out);
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count);
        m.put("min", JsonValues.finiteOrNull(min));
        m.put("max", JsonValues.finiteOrNull(max));
        m.put("mean", JsonValues.finiteOrNull(mean));
        m.put("stddev", JsonValues.finiteOrNull(stddev));
        m.put("sum", JsonValues.finiteOrNull(sum));
        Map<String, Object> q = new LinkedHashMap<>();
        quantiles.forEach((level, value) -> q.put(Double.toString(level), JsonValues.finiteOrNull(value)));
        m.put("quantiles", q);
        m.put("quantile_rank_error", quantileRankError);
        Map<String, Object> histogram = new LinkedHashMap<>();
        List<Object> edges = new ArrayList<>();
        for (double e : histogramEdges) edges.add(JsonValues.finiteOrNull(e));
        histogram.put("edges", edges);
        histogram.put("counts", histogramCounts());
        m.put("histogram", histogram);
        return m;
    }

    static NumericProfile fromMap(MapReader r) {
        Map<Double, Double> quantiles = new LinkedHashMap<>();
        MapReader q = r.optionalObject("quantiles");
        if (q != null) {
            for (Map.Entry<?, ?> e : q.entries().entrySet()) {
                String level = String.valueOf(e.getKey());
                double parsed;
                try {
                    parsed = Double.parseDouble(level);
                } catch (NumberFormatException ex) {
                    throw new IllegalArgumentException("profile: " + q.path(level) + " is not a quantile level; expected a number between 0 and 1");
                }
                quantiles.put(parsed, q.optionalDouble(level));
            }
        }
        double[] edges = new double[0];
        long[] counts = new long[0];
        MapReader h = r.optionalObject("histogram");
        if (h != null) {
            List<?> e = h.list("edges");
            List<?> c = h.list("counts");
            if (c.size() + 1 != e.size() && !(c.isEmpty() && e.isEmpty())) {
                throw new IllegalArgumentException("profile: " + h.path("edges") + " must have one more value than counts (" + e.size() + " edges, " + c.size() + " counts)");
            }
            edges = new double[e.size()];
            for (int i = 0; i < edges.length; i++) edges[i] = element(e.get(i), h.path("edges")).doubleValue();
            counts = new long[c.size()];
            for (int i = 0; i < counts.length; i++) counts[i] = element(c.get(i), h.path("counts")).longValue();
        }
        return new NumericProfile(r.requireLong("count"), r.optionalNumber("min"), r.optionalNumber("max"),
                r.doubleOrNaN("mean"), r.doubleOrNaN("stddev"), r.optionalNumber("sum"), quantiles,
                r.doubleOrNaN("quantile_rank_error"), edges, counts, null);
    }

    private static Number element(Object v, String path) {
        if (!(v instanceof Number n)) throw new IllegalArgumentException("profile: " + path + " must hold numbers, got " + v);
        return MapReader.normalizeNumber(n);
    }
}
