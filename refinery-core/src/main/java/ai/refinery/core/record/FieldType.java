package ai.refinery.core.record;

import java.util.List;
import java.util.Map;

/** The value types a record field may hold. Every value stored in a {@link Record} is one of these. */
public enum FieldType {
    STRING, LONG, DOUBLE, BOOLEAN, BYTES, FLOAT_VECTOR, LIST, MAP;

    /** The type of a value already normalized by {@link Values#normalize}, or null for null. */
    public static FieldType of(Object value) {
        if (value == null) return null;
        if (value instanceof String) return STRING;
        if (value instanceof Long) return LONG;
        if (value instanceof Double) return DOUBLE;
        if (value instanceof Boolean) return BOOLEAN;
        if (value instanceof byte[]) return BYTES;
        if (value instanceof float[]) return FLOAT_VECTOR;
        if (value instanceof List) return LIST;
        if (value instanceof Map) return MAP;
        throw new IllegalArgumentException("not a record value: " + value.getClass().getName());
    }

    /** Lower-case name as written in recipes (e.g. {@code float_vector}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static FieldType parse(String label) {
        for (FieldType t : values()) {
            if (t.label().equals(label) || t.name().equals(label)) return t;
        }
        switch (label) {
            case "int": case "integer": case "long": return LONG;
            case "float": case "double": case "number": return DOUBLE;
            case "bool": return BOOLEAN;
            case "str": case "text": return STRING;
            default: throw new IllegalArgumentException("unknown type '" + label + "'; expected one of string, long, double, boolean, bytes, float_vector, list, map");
        }
    }
}
