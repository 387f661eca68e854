package ai.refinery.quality.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names and values of a profile's scalar metrics: {@code row_count} and {@code fn(column)} with fn
 * one of {@link #COLUMN_METRICS}, plus {@code quantile(column,q)}. A column name may itself contain
 * commas and parentheses: the column is everything between the first '(' and the last ')' (for
 * quantile, up to the last comma).
 */
public final class ProfileMetrics {
    /** The per-column metric functions, in the order {@link #all} lists them. */
    public static final List<String> COLUMN_METRICS = List.of("count", "nulls", "completeness", "distinct", "distinctness",
            "mean", "stddev", "min", "max", "sum", "mean_length", "min_length", "max_length", "entropy", "imbalance_ratio");

    private ProfileMetrics() {}

    /** {@code fn(column)}. */
    public static String name(String function, String column) {
        return function + "(" + column + ")";
    }

    /** {@code quantile(column,q)} with q as Java prints a double (0.5, 0.01). */
    public static String quantileName(String column, double q) {
        return "quantile(" + column + "," + q + ")";
    }

    /** Every defined metric of the profile, per column in column order; undefined ones are left out. */
    public static Map<String, Double> all(DatasetProfile p) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("row_count", (double) p.rows());
        for (ColumnProfile c : p.columns().values()) {
            for (String fn : COLUMN_METRICS) {
                Double v = columnMetric(p, c, fn);
                if (v != null) out.put(name(fn, c.name()), v);
            }
            if (c.numeric() != null) {
                for (Map.Entry<Double, Double> q : c.numeric().quantiles().entrySet()) {
                    if (defined(q.getValue())) out.put(quantileName(c.name(), q.getKey()), q.getValue());
                }
            }
        }
        return out;
    }

    /**
     * A metric name taken apart: {@code fn} and {@code column} are null for {@code row_count};
     * {@code q} is the level of a quantile, else NaN.
     */
    public record Name(String fn, String column, double q) {}

    /**
     * Parses a metric name.
     *
     * @throws IllegalArgumentException when the name is not {@code row_count}, {@code fn(column)} or
     *                                  {@code quantile(column,q)}
     */
    public static Name parse(String name) {
        if (name == null) throw new IllegalArgumentException("metric name is missing");
        if (name.equals("row_count")) return new Name(null, null, Double.NaN);
        int open = name.indexOf('(');
        if (open <= 0 || !name.endsWith(")") || open == name.length() - 2) {
            throw new IllegalArgumentException("malformed metric name '" + name + "'; expected row_count, fn(column) such as mean(age), or quantile(column,q) such as quantile(age,0.5)");
        }
        String fn = name.substring(0, open);
        String arg = name.substring(open + 1, name.length() - 1);
        if (fn.equals("quantile")) {
            int comma = arg.lastIndexOf(',');
            if (comma <= 0) throw new IllegalArgumentException("malformed metric name '" + name + "'; quantile needs a column and a level, as in quantile(age,0.5)");
            double q;
            try {
                q = Double.parseDouble(arg.substring(comma + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("malformed metric name '" + name + "'; the quantile level must be a number between 0 and 1");
            }
            if (!(q >= 0 && q <= 1)) throw new IllegalArgumentException("malformed metric name '" + name + "'; the quantile level must be between 0 and 1");
            return new Name(fn, arg.substring(0, comma), q);
        }
        if (!COLUMN_METRICS.contains(fn)) {
            throw new IllegalArgumentException("unknown metric '" + fn + "' in '" + name + "'; known: row_count, quantile(column,q) and "
                    + String.join(", ", COLUMN_METRICS) + " (of a column)");
        }
        return new Name(fn, arg, Double.NaN);
    }

    /**
     * The metric called {@code name}, or null when the profile does not have it.
     *
     * @throws IllegalArgumentException when the name is malformed (see {@link #parse})
     */
    public static Double metric(DatasetProfile p, String name) {
        Name n = parse(name);
        if (n.fn() == null) return (double) p.rows();
        ColumnProfile c = p.column(n.column());
        if (c == null) return null;
        if (n.fn().equals("quantile")) {
            if (c.numeric() == null) return null;
            Double v = c.numeric().quantile(n.q());
            return defined(v) ? v : null;
        }
        return columnMetric(p, c, n.fn());
    }

    private static Double columnMetric(DatasetProfile p, ColumnProfile c, String fn) {
        NumericProfile n = c.numeric();
        TextProfile t = c.text();
        Double v = switch (fn) {
            case "count" -> (double) c.count();
            case "nulls" -> (double) c.nulls();
            case "completeness" -> c.completeness();
            case "distinct" -> c.distinct();
            case "distinctness" -> c.distinctness();
            case "mean" -> n == null ? null : n.mean();
            case "stddev" -> n == null ? null : n.stddev();
            case "min" -> n == null || n.min() == null ? null : n.min().doubleValue();
            case "max" -> n == null || n.max() == null ? null : n.max().doubleValue();
            case "sum" -> n == null || n.sum() == null ? null : n.sum().doubleValue();
            case "mean_length" -> t == null ? null : t.meanLength();
            case "min_length" -> t == null ? null : (double) t.minLength();
            case "max_length" -> t == null ? null : (double) t.maxLength();
            case "entropy" -> c.entropy();
            case "imbalance_ratio" -> p.label() != null && p.label().column().equals(c.name()) ? p.label().imbalanceRatio() : null;
            default -> throw new IllegalStateException("metric " + fn + " has no definition");
        };
        return defined(v) ? v : null;
    }

    private static boolean defined(Double v) {
        return v != null && Double.isFinite(v);
    }
}
