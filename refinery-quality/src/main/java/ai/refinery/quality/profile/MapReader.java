package ai.refinery.quality.profile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Typed reads from a profile map (as parsed from JSON: numbers may be Integer, Long, Double or
 * Big*), with errors that name the path of the offending key.
 */
final class MapReader {
    private final Map<?, ?> map;
    private final String path;

    MapReader(Map<?, ?> map, String path) {
        if (map == null) throw new IllegalArgumentException("profile: " + path + " is missing; expected an object");
        this.map = map;
        this.path = path;
    }

    static MapReader of(Object value, String path) {
        if (value != null && !(value instanceof Map)) throw new IllegalArgumentException("profile: " + path + " must be an object, got " + describe(value));
        return new MapReader((Map<?, ?>) value, path);
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return map.get(key) != null;
    }

    Object raw(String key) {
        return map.get(key);
    }

    long requireLong(String key) {
        Number n = requireNumber(key);
        if (!isIntegral(n)) throw new IllegalArgumentException("profile: " + path(key) + " must be a whole number, got " + n);
        return n.longValue();
    }

    double requireDouble(String key) {
        return requireNumber(key).doubleValue();
    }

    /** A number, or NaN when the key holds null (how NaN is written) or is absent. */
    double doubleOrNaN(String key) {
        Number n = optionalNumber(key);
        return n == null ? Double.NaN : n.doubleValue();
    }

    Double optionalDouble(String key) {
        Number n = optionalNumber(key);
        return n == null ? null : n.doubleValue();
    }

    Number requireNumber(String key) {
        Number n = optionalNumber(key);
        if (n == null) throw new IllegalArgumentException("profile: " + path(key) + " is missing; expected a number");
        return n;
    }

    Number optionalNumber(String key) {
        Object v = map.get(key);
        if (v == null) return null;
        if (!(v instanceof Number n)) throw new IllegalArgumentException("profile: " + path(key) + " must be a number, got " + describe(v));
        return normalizeNumber(n);
    }

    boolean requireBoolean(String key) {
        Object v = map.get(key);
        if (!(v instanceof Boolean b)) throw new IllegalArgumentException("profile: " + path(key) + " must be true or false, got " + describe(v));
        return b;
    }

    String requireString(String key) {
        Object v = map.get(key);
        if (!(v instanceof String s)) throw new IllegalArgumentException("profile: " + path(key) + " must be a string, got " + describe(v));
        return s;
    }

    /** A nested object, or null when absent or null. */
    MapReader optionalObject(String key) {
        Object v = map.get(key);
        return v == null ? null : of(v, path(key));
    }

    MapReader requireObject(String key) {
        return of(map.get(key), path(key));
    }

    List<?> list(String key) {
        Object v = map.get(key);
        if (v == null) return List.of();
        if (!(v instanceof List<?> l)) throw new IllegalArgumentException("profile: " + path(key) + " must be a list, got " + describe(v));
        return l;
    }

    Map<?, ?> entries() {
        return map;
    }

    /** Whole numbers as Long, others as Double: how the profile writes them. */
    static Number normalizeNumber(Number n) {
        if (n instanceof Long || n instanceof Double) return n;
        if (n instanceof Integer || n instanceof Short || n instanceof Byte) return n.longValue();
        if (n instanceof BigInteger b) return b.bitLength() < 64 ? (Number) b.longValue() : (Number) b.doubleValue();
        if (n instanceof BigDecimal d) return d.doubleValue();
        return n.doubleValue();
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Long || (n instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d));
    }

    private static String describe(Object v) {
        return v == null ? "nothing" : v.getClass().getSimpleName() + " " + v;
    }
}
