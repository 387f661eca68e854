package ai.refinery.core.ops;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import java.util.List;

/** Removes the listed fields; the others keep their order. */
public final class DropFields implements RecordMapper {
    private static final long serialVersionUID = 1L;
    private final List<String> fields;

    public DropFields(Config config) {
        this.fields = config.fields();
    }

    public record Config(
            @Setting("Fields to remove; fields a record lacks are ignored.") List<String> fields) {
        public Config {
            fields = FieldNames.requireSome(fields, "fields");
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("drop_fields", "Removes the listed fields.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new DropFields(config);
        }
    }

    @Override
    public Record map(Record record) {
        Record.Builder out = null;
        for (String f : fields) {
            if (!record.has(f)) continue;
            if (out == null) out = record.toBuilder();
            out.remove(f);
        }
        return out == null ? record : out.build();
    }
}
