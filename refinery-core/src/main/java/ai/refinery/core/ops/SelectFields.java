package ai.refinery.core.ops;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import java.util.List;

/** Keeps only the listed fields, in the listed order; fields a record lacks are skipped. Meta is kept. */
public final class SelectFields implements RecordMapper {
    private static final long serialVersionUID = 1L;
    private final List<String> fields;

    public SelectFields(Config config) {
        this.fields = config.fields();
    }

    public record Config(
            @Setting("Fields to keep, in output order; fields a record lacks are skipped.") List<String> fields) {
        public Config {
            fields = FieldNames.requireSome(fields, "fields");
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("select_fields", "Keeps only the listed fields, in the listed order.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new SelectFields(config);
        }
    }

    @Override
    public Record map(Record record) {
        Record.Builder out = record.toBuilder().clearFields();
        for (String f : fields) {
            if (record.has(f)) out.set(f, record.get(f));
        }
        return out.build();
    }
}
