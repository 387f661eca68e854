package ai.refinery.parquet;

import ai.refinery.core.record.FieldType;
import ai.refinery.core.record.Record;
import ai.refinery.parquet.Column.Element;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a record into a row of its shard's columns, checking every value against its column so
 * that nothing is dropped or coerced silently. The only conversion is the exact one: a long into a
 * double column when the double holds it exactly. Map values and nested list elements become JSON text.
 */
final class RowEncoder {
    private final ShardSchema schema;

    RowEncoder(ShardSchema schema) {
        this.schema = schema;
    }

    Object[] encode(Record r) throws IOException {
        Object[] row = new Object[schema.size()];
        for (int i = 0; i < r.fieldCount(); i++) {
            String field = r.fieldName(i);
            int c = schema.fieldColumn(field);
            if (c < 0) {
                throw new IOException("record " + r.id() + ": field '" + field + "' is not in the shard's schema "
                        + schema.fieldNames() + " (taken from the `schema` option or the shard's first record)");
            }
            row[c] = value(r, schema.column(c), r.fieldValue(i));
        }
        if (schema.idColumn() >= 0) row[schema.idColumn()] = r.id();
        if (schema.metaColumn() >= 0 && r.metaCount() > 0) row[schema.metaColumn()] = jsonMap(r.meta());
        return row;
    }

    private static Object value(Record r, Column c, Object v) throws IOException {
        if (v == null) return null;
        FieldType actual = FieldType.of(v);
        if (actual == c.type()) {
            return switch (actual) {
                case LIST -> list(r, c, (List<?>) v);
                case MAP -> jsonMap((Map<?, ?>) v);
                default -> v;
            };
        }
        if (c.type() == FieldType.DOUBLE && v instanceof Long l && exactDouble(l)) return (double) l;
        throw new IOException("record " + r.id() + ": field '" + c.name() + "' is " + describe(v)
                + " but column '" + c.name() + "' is " + c.label()
                + " (the shard's schema comes from the `schema` option or its first record)");
    }

    private static List<Object> list(Record r, Column c, List<?> list) throws IOException {
        List<Object> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object v = list.get(i);
            out.add(v == null ? null : element(r, c, i, v));
        }
        return out;
    }

    private static Object element(Record r, Column c, int index, Object v) throws IOException {
        Element actual = SchemaInference.elementOf(v);
        Element expected = c.element();
        if (expected == Element.JSON) return JsonText.encode(v);
        if (actual == expected) return v;
        if (expected == Element.DOUBLE && v instanceof Long l && exactDouble(l)) return (double) l;
        throw new IOException("record " + r.id() + ": field '" + c.name() + "' element " + index + " is "
                + describe(v) + " but column '" + c.name() + "' is " + c.label());
    }

    private static Map<String, String> jsonMap(Map<?, ?> map) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.put((String) e.getKey(), e.getValue() == null ? null : JsonText.encode(e.getValue()));
        }
        return out;
    }

    /** Whether a long survives the round trip through double (no silent rounding). */
    private static boolean exactDouble(long l) {
        double d = l;
        return d != 0x1p63 && (long) d == l;
    }

    private static String describe(Object v) {
        if (v instanceof Long l) return "long " + l;
        return FieldType.of(v).label();
    }
}
