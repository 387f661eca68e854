package ai.refinery.core.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Normalization, equality and hashing of record values (arrays compare by content). */
public final class Values {
    private Values() {}

    /**
     * Converts a Java value to the canonical record representation: integers become Long, floats
     * Double, lists and maps become unmodifiable with normalized elements. Rejects anything else.
     */
    public static Object normalize(Object v) {
        if (v == null || v instanceof String || v instanceof Long || v instanceof Double
                || v instanceof Boolean || v instanceof byte[] || v instanceof float[]) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
        if (v instanceof Float) return ((Float) v).doubleValue();
        if (v instanceof CharSequence) return v.toString();
        if (v instanceof List<?> list) {
            if (isNormalizedList(list)) return list;
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) out.add(normalize(o));
            return new NormalizedList(out);
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String k)) {
                    throw new IllegalArgumentException("map keys must be strings, got " + e.getKey());
                }
                out.put(k, normalize(e.getValue()));
            }
            return Collections.unmodifiableMap(out);
        }
        throw new IllegalArgumentException("unsupported field value type " + v.getClass().getName()
                + "; supported: string, long, double, boolean, bytes, float_vector, list, map");
    }

    private static boolean isNormalizedList(List<?> list) {
        return list instanceof NormalizedList;
    }

    /** Deep equality where byte[] and float[] compare by content. */
    public static boolean equal(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (a instanceof byte[] x && b instanceof byte[] y) return Arrays.equals(x, y);
        if (a instanceof float[] x && b instanceof float[] y) return Arrays.equals(x, y);
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) if (!equal(x.get(i), y.get(i))) return false;
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) return false;
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !equal(e.getValue(), y.get(e.getKey()))) return false;
            }
            return true;
        }
        return a.equals(b);
    }

    public static int hash(Object v) {
        if (v == null) return 0;
        if (v instanceof byte[] x) return Arrays.hashCode(x);
        if (v instanceof float[] x) return Arrays.hashCode(x);
        if (v instanceof List<?> x) {
            int h = 1;
            for (Object o : x) h = 31 * h + hash(o);
            return h;
        }
        if (v instanceof Map<?, ?> x) {
            int h = 0;
            for (Map.Entry<?, ?> e : x.entrySet()) h += Objects.hashCode(e.getKey()) ^ hash(e.getValue());
            return h;
        }
        return v.hashCode();
    }

    /** Human-readable form used in error messages and the expression language. */
    public static String toDisplayString(Object v) {
        if (v instanceof byte[] x) return "bytes[" + x.length + "]";
        if (v instanceof float[] x) return Arrays.toString(x);
        return String.valueOf(v);
    }

    /** An unmodifiable list whose elements are already normalized. */
    private static final class NormalizedList extends java.util.AbstractList<Object> implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final Object[] items;

        NormalizedList(List<Object> items) {
            this.items = items.toArray();
        }

        @Override public Object get(int index) { return items[index]; }
        @Override public int size() { return items.length; }
    }
}
