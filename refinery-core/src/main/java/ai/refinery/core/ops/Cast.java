package ai.refinery.core.ops;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.FieldType;
import ai.refinery.core.record.Record;
import ai.refinery.core.record.Values;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Converts fields to string, long, double or boolean. Absent and null fields stay as they are. A
 * value that does not convert exactly sends the record to quarantine, or becomes null with
 * {@code on_error: set_null}.
 */
public final class Cast implements RecordMapper {
    private static final long serialVersionUID = 1L;
    private static final int MAX_SHOWN = 60;

    private final String[] fields;
    private final FieldType[] types;
    private final boolean setNullOnError;

    public Cast(Config config) {
        this.fields = config.fields().keySet().toArray(new String[0]);
        this.types = config.fields().values().toArray(new FieldType[0]);
        this.setNullOnError = config.onError() == OnError.SET_NULL;
    }

    /** What to do with a value that does not convert. */
    public enum OnError {
        /** Fail the record: the engine quarantines it with the message. */
        QUARANTINE,
        /** Set the field to null. (Not named "null": YAML would read an unquoted null as absent.) */
        SET_NULL
    }

    public record Config(
            @Setting("Field to type: string, long, double or boolean, e.g. {age: long, score: double}.")
            Map<String, FieldType> fields,
            @Setting(value = "What to do when a value does not convert: quarantine the record, or set_null the field.",
                    defaultValue = "quarantine")
            OnError onError) {
        public Config {
            if (fields == null || fields.isEmpty()) {
                throw new IllegalArgumentException("'fields' must map at least one field to a type, e.g. fields: {age: long}");
            }
            for (Map.Entry<String, FieldType> e : fields.entrySet()) {
                FieldNames.requireName(e.getKey(), "fields");
                if (e.getValue() == null || !ValueConversion.supports(e.getValue())) {
                    throw new IllegalArgumentException("'fields' asks to cast '" + e.getKey() + "' to "
                            + (e.getValue() == null ? "nothing" : e.getValue().label())
                            + "; cast converts to string, long, double or boolean");
                }
            }
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            if (onError == null) onError = OnError.QUARANTINE;
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("cast", "Converts fields to string, long, double or boolean.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new Cast(config);
        }
    }

    @Override
    public Record map(Record record) {
        Record.Builder out = null;
        for (int i = 0; i < fields.length; i++) {
            Object v = record.get(fields[i]);
            if (v == null || FieldType.of(v) == types[i]) continue;
            Object converted;
            try {
                converted = ValueConversion.convert(v, types[i]);
            } catch (IllegalArgumentException e) {
                if (!setNullOnError) throw failure(fields[i], v, types[i], e.getMessage());
                converted = null;
            }
            if (out == null) out = record.toBuilder();
            out.set(fields[i], converted);
        }
        return out == null ? record : out.build();
    }

    private static IllegalArgumentException failure(String field, Object v, FieldType type, String why) {
        String shown = Values.toDisplayString(v);
        if (shown.length() > MAX_SHOWN) shown = shown.substring(0, MAX_SHOWN) + "...";
        return new IllegalArgumentException("cannot cast field '" + field + "' value '" + shown + "' ("
                + FieldType.of(v).label() + ") to " + type.label() + ": " + why
                + "; fix the data or use on_error: set_null");
    }
}
