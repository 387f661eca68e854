package ai.refinery.parquet;

import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * Writes rows produced by {@link RowEncoder} (values already checked against their columns)
 * straight to Parquet's record consumer: no intermediate object model.
 */
final class RowWriteSupport extends WriteSupport<Object[]> {
    private final ShardSchema schema;
    private final Map<String, String> footer;
    private RecordConsumer out;

    RowWriteSupport(ShardSchema schema, Map<String, String> footer) {
        this.schema = schema;
        this.footer = footer;
    }

    @Override
    public String getName() {
        return "refinery";
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(schema.messageType(), footer);
    }

    /** Required by the API; never called since the writer is given a ParquetConfiguration. */
    @Override
    @Deprecated
    public WriteContext init(Configuration configuration) {
        return new WriteContext(schema.messageType(), footer);
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.out = recordConsumer;
    }

    @Override
    public void write(Object[] row) {
        out.startMessage();
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            if (v == null) continue; // optional column: absent means null
            Column c = schema.column(i);
            out.startField(c.name(), i);
            switch (c.type()) {
                case FLOAT_VECTOR -> floats((float[]) v);
                case LIST -> list((List<?>) v);
                case MAP -> map((Map<?, ?>) v);
                default -> scalar(v);
            }
            out.endField(c.name(), i);
        }
        out.endMessage();
    }

    private void scalar(Object v) {
        if (v instanceof String s) out.addBinary(Binary.fromString(s));
        else if (v instanceof Long l) out.addLong(l);
        else if (v instanceof Double d) out.addDouble(d);
        else if (v instanceof Boolean b) out.addBoolean(b);
        else if (v instanceof byte[] b) out.addBinary(Binary.fromConstantByteArray(b));
        else throw new IllegalStateException("not a scalar: " + v.getClass().getName());
    }

    private void floats(float[] v) {
        out.startGroup();
        if (v.length > 0) {
            out.startField("list", 0);
            for (float f : v) {
                out.startGroup();
                out.startField("element", 0);
                out.addFloat(f);
                out.endField("element", 0);
                out.endGroup();
            }
            out.endField("list", 0);
        }
        out.endGroup();
    }

    private void list(List<?> v) {
        out.startGroup();
        if (!v.isEmpty()) {
            out.startField("list", 0);
            for (Object e : v) {
                out.startGroup();
                if (e != null) {
                    out.startField("element", 0);
                    scalar(e);
                    out.endField("element", 0);
                }
                out.endGroup();
            }
            out.endField("list", 0);
        }
        out.endGroup();
    }

    private void map(Map<?, ?> v) {
        out.startGroup();
        if (!v.isEmpty()) {
            out.startField("key_value", 0);
            for (Map.Entry<?, ?> e : v.entrySet()) {
                out.startGroup();
                out.startField("key", 0);
                out.addBinary(Binary.fromString((String) e.getKey()));
                out.endField("key", 0);
                if (e.getValue() != null) {
                    out.startField("value", 1);
                    out.addBinary(Binary.fromString((String) e.getValue()));
                    out.endField("value", 1);
                }
                out.endGroup();
            }
            out.endField("key_value", 0);
        }
        out.endGroup();
    }
}
