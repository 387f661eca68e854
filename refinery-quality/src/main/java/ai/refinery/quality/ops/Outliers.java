package ai.refinery.quality.ops;

import ai.refinery.core.ops.FieldNames;
import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Fitting;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.tap.RecordTap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code clip_outliers} and {@code drop_outliers} share: the config, and learning each field's
 * bounds from the records reaching the step ({@link FittingProvider}). Bounds are given per field
 * or learnt by one method:
 *
 * <ul>
 *   <li>{@code iqr}: [Q1 - k·IQR, Q3 + k·IQR] with IQR = Q3 - Q1 (Tukey's fences, k = 1.5);</li>
 *   <li>{@code zscore}: mean ± k·s, s the sample standard deviation (k = 3);</li>
 *   <li>{@code quantile}: the given lower and upper quantiles (winsorizing; 0.01 and 0.99).</li>
 * </ul>
 *
 * <p>Quantiles interpolate linearly between ranks (as pandas does) and are exact while the field has
 * at most {@code max_distinct} distinct values (see {@link NumericDistribution}). A method whose
 * spread is 0 (a field that is mostly one value, such as a capital gain that is mostly 0) is refused
 * when learning: every other value would be an outlier.
 */
public final class Outliers {
    private Outliers() {}

    /** How bounds are learnt. */
    public enum Method { IQR, ZSCORE, QUANTILE }

    /** Bounds of one field; either may be absent (unbounded on that side). */
    public record Bounds(
            @Setting(value = "Lowest value within bounds.", optional = true) Double min,
            @Setting(value = "Highest value within bounds.", optional = true) Double max) {
        public Bounds {
            if (min == null && max == null) throw new IllegalArgumentException("bounds need min, max or both, e.g. {min: 0, max: 120}");
            if (min != null && max != null && !(min <= max)) {
                throw new IllegalArgumentException("bounds min " + min + " is above max " + max + "; swap them");
            }
        }
    }

    public record Config(
            @Setting("Numeric fields to check.") List<String> fields,
            @Setting(value = "How bounds are learnt for fields without given bounds: iqr (Q1 - k·IQR, Q3 + k·IQR), "
                    + "zscore (mean ± k·stddev) or quantile (the two quantiles).", defaultValue = "iqr")
            Method method,
            @Setting(value = "Width factor: default 1.5 for iqr, 3 for zscore; not used by quantile.", optional = true)
            Double k,
            @Setting(value = "Lower and upper quantile for method quantile; default [0.01, 0.99].", optional = true)
            List<Double> quantiles,
            @Setting(value = "Bounds per field, e.g. {age: {min: 0, max: 120}}; learnt (and shown here in run.json) for the others.",
                    optional = true)
            Map<String, Bounds> bounds,
            @Setting(value = "Distinct values counted exactly while learning; beyond, quantiles come from fine buckets.",
                    defaultValue = "100000")
            int maxDistinct) {
        public Config {
            fields = FieldNames.requireSome(fields, "fields");
            if (method == null) method = Method.IQR;
            String name = method.name().toLowerCase(Locale.ROOT);
            if (method == Method.QUANTILE) {
                if (k != null) throw new IllegalArgumentException("'k' is not used by method quantile; remove it or set quantiles");
                quantiles = quantiles == null || quantiles.isEmpty() ? List.of(0.01, 0.99) : List.copyOf(quantiles);
                if (quantiles.size() != 2 || !(0 <= quantiles.get(0) && quantiles.get(0) < quantiles.get(1) && quantiles.get(1) <= 1)) {
                    throw new IllegalArgumentException("'quantiles' must be [lower, upper] with 0 <= lower < upper <= 1, e.g. [0.01, 0.99], not "
                            + quantiles);
                }
            } else {
                if (quantiles != null && !quantiles.isEmpty()) {
                    throw new IllegalArgumentException("'quantiles' is used only by method quantile, not " + name + "; remove it");
                }
                quantiles = null;
                if (k == null) k = method == Method.IQR ? 1.5 : 3.0;
                if (!(k > 0 && k < Double.POSITIVE_INFINITY)) throw new IllegalArgumentException("'k' must be a positive number, not " + k);
            }
            bounds = bounds == null ? Map.of() : bounds;
            FieldNames.requireKeysIn(bounds, fields, "bounds");
            Map<String, Bounds> ordered = new LinkedHashMap<>();
            for (String f : fields) if (bounds.containsKey(f)) ordered.put(f, bounds.get(f));
            bounds = Collections.unmodifiableMap(ordered);
            if (maxDistinct < 1000) throw new IllegalArgumentException("'max_distinct' must be at least 1000, got " + maxDistinct);
        }

        /** The fields whose bounds are still to be learnt. */
        List<String> unfitted() {
            return fields.stream().filter(f -> !bounds.containsKey(f)).toList();
        }
    }

    /** The provider of an outlier operator: learns the bounds of the fields that have none. */
    public abstract static class FittingProvider extends OperatorProvider<Config> implements Fitting<Config> {
        protected FittingProvider(String name, String description) {
            super(name, description, Config.class);
        }

        @Override
        public final boolean needsFit(Config config) {
            return !config.unfitted().isEmpty();
        }

        @Override
        public final RecordTap<?> fitter(Config config) {
            int max = config.maxDistinct();
            return new ColumnTap<>(config.unfitted(), () -> new NumericDistribution(max));
        }

        @Override
        public final Config fitted(Config config, RecordTap<?> fitter) {
            if (!(fitter instanceof ColumnTap<?> tap) || !tap.fields().equals(config.unfitted())) {
                throw new IllegalArgumentException(name() + " was given a fitter it did not make for this config");
            }
            Map<String, Bounds> bounds = new LinkedHashMap<>(config.bounds());
            for (String f : config.unfitted()) bounds.put(f, learn(config, f, (NumericDistribution) tap.get(f)));
            return new Config(config.fields(), config.method(), config.k(), config.quantiles(), bounds, config.maxDistinct());
        }

        private Bounds learn(Config c, String field, NumericDistribution d) {
            String method = c.method().name().toLowerCase(Locale.ROOT);
            if (d.count() < 2) {
                throw new IllegalStateException(name() + " cannot learn " + method + " bounds of field '" + field + "' from "
                        + d.count() + " numbers" + (d.others() > 0 ? " (" + d.others() + " values are texts or other types: cast it first)" : "")
                        + "; give bounds: {" + field + ": {min: ..., max: ...}}");
            }
            double lower;
            double upper;
            double spread;
            switch (c.method()) {
                case IQR: {
                    double q1 = d.quantile(0.25);
                    double q3 = d.quantile(0.75);
                    spread = q3 - q1;
                    lower = q1 - c.k() * spread;
                    upper = q3 + c.k() * spread;
                    break;
                }
                case ZSCORE: {
                    double mean = d.mean();
                    spread = d.stddev();
                    lower = mean - c.k() * spread;
                    upper = mean + c.k() * spread;
                    break;
                }
                default: {
                    lower = d.quantile(c.quantiles().get(0));
                    upper = d.quantile(c.quantiles().get(1));
                    spread = upper - lower;
                }
            }
            if (spread == 0) {
                throw new IllegalStateException(name() + ": the " + method + " spread of field '" + field + "' is 0 (most of its "
                        + d.count() + " values are " + lower + "), so every other value would be an outlier; "
                        + "leave the field out, use another method, or give bounds");
            }
            return new Bounds(lower, upper);
        }
    }
}
