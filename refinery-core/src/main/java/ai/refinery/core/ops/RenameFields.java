package ai.refinery.core.ops;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Renames fields, all at once (so {@code {a: b, b: a}} swaps). A renamed field keeps its position;
 * an existing field with the new name is replaced.
 */
public final class RenameFields implements RecordMapper {
    private static final long serialVersionUID = 1L;
    private final HashMap<String, String> renames;

    public RenameFields(Config config) {
        this.renames = new HashMap<>(config.fields());
    }

    public record Config(
            @Setting("Old name to new name, e.g. {body: text, lang: language}; a field already having a new name is replaced.")
            Map<String, String> fields) {
        public Config {
            if (fields == null || fields.isEmpty()) {
                throw new IllegalArgumentException("'fields' must map at least one old name to a new name, e.g. fields: {body: text}");
            }
            Map<String, String> sourceByTarget = new HashMap<>();
            for (Map.Entry<String, String> e : fields.entrySet()) {
                FieldNames.requireName(e.getKey(), "fields");
                FieldNames.requireName(e.getValue(), "fields");
                String other = sourceByTarget.put(e.getValue(), e.getKey());
                if (other != null) {
                    throw new IllegalArgumentException("'fields' renames both '" + other + "' and '" + e.getKey()
                            + "' to '" + e.getValue() + "'; each new name can be given only once");
                }
            }
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("rename_fields", "Renames fields; a field already having the new name is replaced.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new RenameFields(config);
        }
    }

    @Override
    public Record map(Record record) {
        Set<String> replaced = null;
        for (int i = 0; i < record.fieldCount(); i++) {
            String to = renames.get(record.fieldName(i));
            if (to == null) continue;
            if (replaced == null) replaced = new HashSet<>();
            replaced.add(to);
        }
        if (replaced == null) return record;
        Record.Builder out = record.toBuilder().clearFields();
        for (int i = 0; i < record.fieldCount(); i++) {
            String name = record.fieldName(i);
            String to = renames.get(name);
            if (to != null) {
                out.set(to, record.fieldValue(i));
            } else if (!replaced.contains(name)) {
                out.set(name, record.fieldValue(i));
            }
        }
        return out.build();
    }
}
