package ai.refinery.core.expr;

import java.util.List;
import java.util.Map;

/** Names values for error messages: "text 'abc'", "number 3". */
final class Describe {
    private static final int MAX_TEXT = 40;

    private Describe() {}

    static String value(Object v) {
        if (v == null) return "null";
        if (v instanceof String s) {
            return "text '" + (s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "..." : s) + "'";
        }
        if (v instanceof Long || v instanceof Double) return "number " + v;
        if (v instanceof Boolean) return "boolean " + v;
        return kind(v);
    }

    static String kind(Object v) {
        if (v == null) return "null";
        if (v instanceof String) return "text";
        if (v instanceof Long || v instanceof Double) return "number";
        if (v instanceof Boolean) return "boolean";
        if (v instanceof byte[]) return "bytes";
        if (v instanceof float[]) return "float vector";
        if (v instanceof List) return "list";
        if (v instanceof Map) return "map";
        return v.getClass().getSimpleName();
    }
}
