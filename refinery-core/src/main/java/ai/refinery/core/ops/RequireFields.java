package ai.refinery.core.ops;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.record.Record;
import java.util.List;

/** Drops records missing any of the listed fields, with reason {@code missing:<first missing field>}. */
public final class RequireFields implements RecordFilter {
    private static final long serialVersionUID = 1L;
    private final List<String> fields;
    private final List<String> reasons;
    private final boolean allowEmptyStrings;

    public RequireFields(Config config) {
        this.fields = config.fields();
        this.reasons = List.copyOf(fields.stream().map(f -> "missing:" + f).toList());
        this.allowEmptyStrings = config.allowEmptyStrings();
    }

    public record Config(
            @Setting("Fields every record must have with a non-null value.") List<String> fields,
            @Setting(value = "Whether an empty or blank text counts as present; false treats it as missing.", defaultValue = "true")
            boolean allowEmptyStrings) {
        public Config {
            fields = FieldNames.requireSome(fields, "fields");
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("require_fields", "Drops records where a listed field is absent or null.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new RequireFields(config);
        }
    }

    @Override
    public String dropReason(Record record) {
        for (int i = 0; i < fields.size(); i++) {
            Object v = record.get(fields.get(i));
            if (v == null || !allowEmptyStrings && v instanceof String s && s.isBlank()) return reasons.get(i);
        }
        return KEEP;
    }
}
