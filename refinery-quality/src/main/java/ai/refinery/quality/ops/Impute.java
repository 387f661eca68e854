package ai.refinery.quality.ops;

import ai.refinery.core.ops.FieldNames;
import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Fitting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import ai.refinery.core.tap.RecordTap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fills missing values (absent, null or NaN) of the listed fields and lists the filled fields in
 * the record's meta under {@code imputed}. The fill value is given ({@code values}, or
 * {@code fill_value} with {@code strategy: constant}) or learnt from the records reaching the step
 * ({@link Provider} is {@link Fitting}): the mean, the median, or the mode.
 *
 * <p>Learnt means and medians are doubles, also for a long field (the mean age is 38.6, not 38),
 * unless {@code round: true} makes them longs (half to even) so the field keeps its type. A mode is
 * a value of the field and keeps its type. Mean and median are exact while the field has at most
 * {@code max_distinct} distinct values; beyond, values share buckets and results are within a
 * relative 2^-b, b the mantissa bits the buckets keep (about 12 when 100,000 buckets span values
 * from 1 to 10^6; see {@link NumericDistribution}). The mode is exact, and fails beyond.
 */
public final class Impute implements RecordMapper {
    private static final long serialVersionUID = 1L;
    /** Meta key listing the fields this and earlier impute steps filled in a record. */
    public static final String META_KEY = "imputed";

    private final String[] fields;
    /** Fill value per field; null where it has not been learnt yet. */
    private final Object[] fills;
    private final Strategy strategy;
    private final boolean mark;

    public Impute(Config c) {
        this.fields = c.fields().toArray(new String[0]);
        this.fills = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Object v = c.values().get(fields[i]);
            fills[i] = v != null ? v : c.strategy() == Strategy.CONSTANT ? c.fillValue() : null;
        }
        this.strategy = c.strategy();
        this.mark = c.mark();
    }

    /** Where the fill value comes from. */
    public enum Strategy { MEAN, MEDIAN, MODE, CONSTANT }

    public record Config(
            @Setting("Fields to fill where missing (absent, null or NaN).") List<String> fields,
            @Setting(value = "How the fill value is found: mean, median, mode (most frequent value; ties go to the smallest) "
                    + "or constant (fill_value or values).", defaultValue = "median")
            Strategy strategy,
            @Setting(value = "Fill value per field, e.g. {age: 37}; learnt from the data (and shown here in run.json) "
                    + "for the fields a mean, median or mode step does not give.", optional = true)
            Map<String, Object> values,
            @Setting(value = "With strategy constant: the fill value of the fields not in values.", optional = true)
            Object fillValue,
            @Setting(value = "Round learnt means and medians half to even into longs (the field keeps its long type); "
                    + "otherwise they are doubles.", defaultValue = "false")
            boolean round,
            @Setting(value = "List the filled fields in the record's meta under 'imputed'.", defaultValue = "true")
            boolean mark,
            @Setting(value = "Distinct values counted exactly while learning; beyond, mode fails and mean and median "
                    + "come from fine buckets.", defaultValue = "100000")
            int maxDistinct) {
        public Config {
            fields = FieldNames.requireSome(fields, "fields");
            if (strategy == null) strategy = Strategy.MEDIAN;
            values = values == null ? Map.of() : values;
            FieldNames.requireKeysIn(values, fields, "values");
            Map<String, Object> ordered = new LinkedHashMap<>();
            for (String f : fields) {
                if (values.containsKey(f)) ordered.put(f, requireScalar(values.get(f), "values." + f));
            }
            values = Collections.unmodifiableMap(ordered);
            if (fillValue != null) {
                if (strategy != Strategy.CONSTANT) {
                    throw new IllegalArgumentException("'fill_value' is used only with strategy: constant, not "
                            + strategy.name().toLowerCase(Locale.ROOT) + "; remove it or give per-field values");
                }
                requireScalar(fillValue, "fill_value");
            }
            if (strategy == Strategy.CONSTANT && fillValue == null && values.size() < fields.size()) {
                List<String> without = new ArrayList<>(fields);
                without.removeAll(values.keySet());
                throw new IllegalArgumentException("strategy constant needs a value for every field; " + without
                        + " have none: give fill_value, or values: {" + without.get(0) + ": ...}");
            }
            if (maxDistinct < 1000) throw new IllegalArgumentException("'max_distinct' must be at least 1000, got " + maxDistinct);
        }

        /** The fields whose fill value is still to be learnt. */
        List<String> unfitted() {
            if (strategy == Strategy.CONSTANT) return List.of();
            return fields.stream().filter(f -> !values.containsKey(f)).toList();
        }
    }

    private static Object requireScalar(Object v, String setting) {
        if (v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean) return v;
        throw new IllegalArgumentException("'" + setting + "' must be a text, number or boolean, not " + Shown.value(v));
    }

    /** Makes impute steps and learns their fill values. */
    public static final class Provider extends OperatorProvider<Config> implements Fitting<Config> {
        public Provider() {
            super("impute", "Fills missing values with the mean, median or mode learnt from the data, or a constant; marks them in meta.",
                    Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new Impute(config);
        }

        @Override
        public boolean needsFit(Config config) {
            return !config.unfitted().isEmpty();
        }

        @Override
        public RecordTap<?> fitter(Config config) {
            int max = config.maxDistinct();
            if (config.strategy() == Strategy.MODE) return new ColumnTap<>(config.unfitted(), () -> new ValueCounts(max));
            return new ColumnTap<>(config.unfitted(), () -> new NumericDistribution(max));
        }

        @Override
        public Config fitted(Config config, RecordTap<?> fitter) {
            if (!(fitter instanceof ColumnTap<?> tap) || !tap.fields().equals(config.unfitted())) {
                throw new IllegalArgumentException("impute was given a fitter it did not make for this config");
            }
            Map<String, Object> values = new LinkedHashMap<>(config.values());
            for (String f : config.unfitted()) values.put(f, learn(config, f, tap.get(f)));
            return new Config(config.fields(), config.strategy(), values, config.fillValue(), config.round(), config.mark(),
                    config.maxDistinct());
        }

        private static Object learn(Config c, String field, ColumnAccumulator<?> learnt) {
            String what = c.strategy().name().toLowerCase(Locale.ROOT);
            if (learnt instanceof ValueCounts counts) {
                try {
                    return counts.mode();
                } catch (IllegalStateException e) {
                    throw new IllegalStateException("impute cannot learn the mode of field '" + field + "': " + e.getMessage()
                            + " among " + counts.count() + " values; " + (counts.overflowed()
                            ? "raise max_distinct or give values: {" + field + ": ...}"
                            : "check the field name, or give values: {" + field + ": ...}"));
                }
            }
            NumericDistribution d = (NumericDistribution) learnt;
            if (d.count() == 0) {
                throw new IllegalStateException("impute cannot learn the " + what + " of field '" + field + "': it has no numbers"
                        + (d.others() > 0 ? " (" + d.others() + " values are texts or other types: cast it, or use strategy: mode)"
                        : "; check the field name, or give values: {" + field + ": ...}"));
            }
            double v = c.strategy() == Strategy.MEAN ? d.mean() : d.quantile(0.5);
            return c.round() ? (Object) (long) Math.rint(v) : (Object) v;
        }
    }

    @Override
    public Record map(Record record) {
        Record.Builder out = null;
        List<String> filled = null;
        for (int i = 0; i < fields.length; i++) {
            Object v = record.get(fields[i]);
            if (v != null && !(v instanceof Double d && d.isNaN())) continue;
            if (fills[i] == null) {
                throw new IllegalStateException("impute has no fill value for field '" + fields[i] + "': the "
                        + strategy.name().toLowerCase(Locale.ROOT) + " must be learnt by the engine's fitting pass first, "
                        + "or given as values: {" + fields[i] + ": ...}");
            }
            if (out == null) {
                out = record.toBuilder();
                filled = new ArrayList<>();
            }
            out.set(fields[i], fills[i]);
            filled.add(fields[i]);
        }
        if (out == null) return record;
        if (mark) MetaLists.append(out, record, META_KEY, filled);
        return out.build();
    }
}
