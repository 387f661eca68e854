package ai.refinery.quality.ops;

import ai.refinery.core.ops.FieldNames;
import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import ai.refinery.core.util.TextNormalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Turns values that mean "missing" into null: placeholder texts such as {@code ?} or {@code N/A},
 * and sentinel numbers such as {@code -1} or {@code 999} when listed. Texts are compared trimmed
 * (and case-folded with {@code case_insensitive}); numbers compare numerically, so {@code 999}
 * matches both {@code 999} and {@code 999.0}. A number never matches a text, so {@code "999"} in a
 * text column needs {@code '999'} in the list.
 */
public final class Nullify implements RecordMapper {
    private static final long serialVersionUID = 1L;
    /** Meta key listing the fields this step set to null, with {@code mark: true}. */
    public static final String META_KEY = "nullified";

    private final List<String> fields;
    private final HashSet<String> texts = new HashSet<>();
    private final HashSet<Double> numbers = new HashSet<>();
    private final boolean caseInsensitive;
    private final boolean trim;
    private final boolean mark;

    public Nullify(Config c) {
        this.fields = c.fields();
        this.caseInsensitive = c.caseInsensitive();
        this.trim = c.trim();
        this.mark = c.mark();
        for (Object v : c.values()) {
            if (v instanceof String s) texts.add(key(s));
            else numbers.add(((Number) v).doubleValue() + 0.0); // + 0.0 turns -0.0 into 0.0
        }
    }

    public record Config(
            @Setting(value = "Fields to check; empty checks every field.", optional = true)
            List<String> fields,
            @Setting(value = "Values that mean missing: texts (compared trimmed) and numbers (compared numerically, e.g. -1 or 999).",
                    defaultValue = "['', '?', '-', '--', 'N/A', 'n/a', 'NA', 'null', 'NULL', 'None', 'NaN', 'nan', '#N/A']")
            List<Object> values,
            @Setting(value = "Compare texts ignoring letter case ('n/a' matches 'N/A').", defaultValue = "false")
            boolean caseInsensitive,
            @Setting(value = "Compare texts with the whitespace at their ends removed (' ? ' matches '?').", defaultValue = "true")
            boolean trim,
            @Setting(value = "List the fields set to null in the record's meta under 'nullified'.", defaultValue = "false")
            boolean mark) {
        public Config {
            fields = FieldNames.requireValid(fields, "fields");
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException("'values' must list at least one value meaning missing, e.g. values: ['?', 'N/A']");
            }
            for (Object v : values) {
                if (!(v instanceof String || v instanceof Long || v instanceof Double)) {
                    throw new IllegalArgumentException("'values' may hold texts and numbers, not " + Shown.value(v)
                            + "; quote it to match a text, e.g. 'true'");
                }
            }
            values = List.copyOf(values);
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("nullify", "Turns placeholder values that mean missing ('?', 'N/A', -1, ...) into null.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new Nullify(config);
        }
    }

    @Override
    public Record map(Record record) {
        Record.Builder out = null;
        List<String> nulled = null;
        int n = fields.isEmpty() ? record.fieldCount() : fields.size();
        for (int i = 0; i < n; i++) {
            String name = fields.isEmpty() ? record.fieldName(i) : fields.get(i);
            if (!meansMissing(record.get(name))) continue;
            if (out == null) {
                out = record.toBuilder();
                nulled = new ArrayList<>();
            }
            out.set(name, null);
            nulled.add(name);
        }
        if (out == null) return record;
        if (mark) MetaLists.append(out, record, META_KEY, nulled);
        return out.build();
    }

    boolean meansMissing(Object v) {
        if (v instanceof String s) return texts.contains(key(s));
        if (v instanceof Long l) return numbers.contains(l.doubleValue());
        if (v instanceof Double d) return numbers.contains(d + 0.0);
        return false;
    }

    private String key(String s) {
        String t = trim ? s.strip() : s;
        return caseInsensitive ? TextNormalizer.foldCase(t) : t;
    }
}
