package ai.refinery.parquet;

import ai.refinery.core.record.FieldType;
import ai.refinery.core.record.Record;
import ai.refinery.parquet.Column.Element;
import ai.refinery.parquet.Column.Role;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides the columns of a shard from its first batch. The field names and their order come from
 * the {@code schema} option or else from the first record; a type not given by the option is the
 * type of the field's first non-null value in the batch (long and double together make double),
 * and string when every value is null. List element types are found the same way over all elements.
 */
final class SchemaInference {
    private SchemaInference() {}

    static List<Column> columns(List<Record> firstBatch, ParquetSink.Options options) throws IOException {
        Map<String, FieldType> declared = options.schema();
        List<String> names = !declared.isEmpty() ? List.copyOf(declared.keySet())
                : firstBatch.isEmpty() ? List.of() : firstBatch.get(0).fieldNames();
        List<Column> columns = new ArrayList<>();
        String idField = options.idField();
        if (idField != null && !names.contains(idField)) {
            columns.add(new Column(idField, FieldType.STRING, null, Role.ID));
        }
        for (String name : names) {
            FieldType type = declared.get(name);
            if (type == null) type = observedType(firstBatch, name);
            Element element = type == FieldType.LIST ? elementType(firstBatch, name) : null;
            columns.add(new Column(name, type, element, Role.FIELD));
        }
        String metaField = options.metaField();
        if (metaField != null && !names.contains(metaField)) {
            // Always present (all null when no record has meta): a later record's meta is never dropped.
            columns.add(new Column(metaField, FieldType.MAP, null, Role.META));
        }
        return columns;
    }

    private static FieldType observedType(List<Record> batch, String field) {
        FieldType type = null;
        for (Record r : batch) {
            FieldType t = FieldType.of(r.get(field));
            if (t == null || t == type) continue;
            if (type == null) type = t;
            else if (isNumber(type) && isNumber(t)) type = FieldType.DOUBLE;
        }
        return type == null ? FieldType.STRING : type;
    }

    private static boolean isNumber(FieldType t) {
        return t == FieldType.LONG || t == FieldType.DOUBLE;
    }

    private static Element elementType(List<Record> batch, String field) throws IOException {
        Element element = null;
        for (Record r : batch) {
            if (!(r.get(field) instanceof List<?> list)) continue;
            for (Object v : list) {
                Element e = elementOf(v);
                if (e == null || e == element) continue;
                Element joined = element == null ? e : join(element, e);
                if (joined == null) {
                    throw new IOException("record " + r.id() + ": list field '" + field + "' mixes " + element.label()
                            + " and " + e.label() + " elements; a Parquet list has one element type");
                }
                element = joined;
            }
        }
        return element == null ? Element.STRING : element;
    }

    /** The element type of a list element, or null for null. */
    static Element elementOf(Object v) {
        FieldType t = FieldType.of(v);
        if (t == null) return null;
        return switch (t) {
            case STRING -> Element.STRING;
            case LONG -> Element.LONG;
            case DOUBLE -> Element.DOUBLE;
            case BOOLEAN -> Element.BOOLEAN;
            case BYTES -> Element.BYTES;
            case FLOAT_VECTOR, LIST, MAP -> Element.JSON;
        };
    }

    /** Long and double make double; nested values make JSON text, which holds scalars too; else none. */
    private static Element join(Element a, Element b) {
        if (a == Element.JSON || b == Element.JSON) return Element.JSON;
        if ((a == Element.LONG || a == Element.DOUBLE) && (b == Element.LONG || b == Element.DOUBLE)) return Element.DOUBLE;
        return null;
    }
}
