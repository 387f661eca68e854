package ai.refinery.core.io.jsonl;

import ai.refinery.core.record.Record;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Record values to and from JSON. JSON has no bytes or float vectors: bytes are written as base64
 * strings and float vectors as number arrays, so they read back as a string and a list of doubles.
 */
public final class JsonValues {
    private JsonValues() {}

    /** Reads the value at the parser's current token. Integers beyond 64 bits become doubles. */
    public static Object read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case VALUE_STRING: return p.getText();
            case VALUE_NUMBER_INT:
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) return (Object) p.getDoubleValue();
                return (Object) p.getLongValue(); // separate returns: a ?: would widen the long to double
            case VALUE_NUMBER_FLOAT: return p.getDoubleValue();
            case VALUE_TRUE: return Boolean.TRUE;
            case VALUE_FALSE: return Boolean.FALSE;
            case VALUE_NULL: return null;
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) list.add(read(p));
                return list;
            }
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String k = p.currentName();
                    p.nextToken();
                    map.put(k, read(p));
                }
                return map;
            }
            default: throw new IOException("unexpected JSON token " + t);
        }
    }

    public static void write(JsonGenerator g, Object v) throws IOException {
        if (v == null) g.writeNull();
        else if (v instanceof String s) g.writeString(s);
        else if (v instanceof Long l) g.writeNumber(l);
        else if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) g.writeNull(); // JSON has no NaN/Infinity
            else g.writeNumber(d);
        } else if (v instanceof Boolean b) g.writeBoolean(b);
        else if (v instanceof byte[] b) g.writeString(Base64.getEncoder().encodeToString(b));
        else if (v instanceof float[] f) {
            g.writeStartArray();
            for (float x : f) {
                if (Float.isNaN(x) || Float.isInfinite(x)) g.writeNull(); // as for doubles, not the string "NaN"
                else g.writeNumber(x);
            }
            g.writeEndArray();
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object o : list) write(g, o);
            g.writeEndArray();
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName((String) e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            throw new IOException("cannot write " + v.getClass().getName() + " as JSON");
        }
    }

    /** Writes a record as one JSON object: optional id field, its fields, optional meta object. */
    public static void writeRecord(JsonGenerator g, Record r, String idField, String metaField) throws IOException {
        g.writeStartObject();
        if (idField != null && !r.has(idField)) {
            g.writeStringField(idField, r.id());
        }
        for (int i = 0; i < r.fieldCount(); i++) {
            g.writeFieldName(r.fieldName(i));
            write(g, r.fieldValue(i));
        }
        if (metaField != null && r.metaCount() > 0 && !r.has(metaField)) {
            g.writeFieldName(metaField);
            g.writeStartObject();
            for (int i = 0; i < r.metaCount(); i++) {
                g.writeFieldName(r.metaName(i));
                write(g, r.metaValue(i));
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
