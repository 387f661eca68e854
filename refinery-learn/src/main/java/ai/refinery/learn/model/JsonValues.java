package ai.refinery.learn.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep, unmodifiable copies of provenance and metrics maps holding only what JSON can say:
 * strings, booleans, Long, Double, null, lists and string-keyed maps (enums become their
 * lower-case names, as recipes spell them). Integers are widened to
 * Long and floats to Double so a map read back from a model file equals the one written; a
 * non-finite double becomes null (JSON has no NaN), as {@code ClassificationReport.toMap} does.
 */
final class JsonValues {
    private JsonValues() {}

    static Map<String, Object> copyMap(Map<?, ?> map, String path) {
        if (map == null) return Collections.emptyMap();
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException(path + " has the key " + e.getKey() + "; keys must be strings");
            }
            out.put(key, copy(e.getValue(), path + "." + key));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Object copy(Object v, String path) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long) return v;
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
        if (v instanceof BigInteger b) {
            if (b.bitLength() < 64) return b.longValue();
            throw new IllegalArgumentException(path + " = " + b + " does not fit a long; store it as a string");
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? d : null;
        }
        if (v instanceof CharSequence s) return s.toString();
        if (v instanceof Enum<?> e) return e.name().toLowerCase(java.util.Locale.ROOT); // as recipes spell enums
        if (v instanceof Map<?, ?> m) return copyMap(m, path);
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            int i = 0;
            for (Object o : c) out.add(copy(o, path + "[" + i++ + "]"));
            return Collections.unmodifiableList(out);
        }
        throw new IllegalArgumentException(path + " is a " + v.getClass().getName()
                + ", which a model file cannot store; use a string, number, boolean, list or map");
    }
}
