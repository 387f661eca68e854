package ai.refinery.core.config;

import ai.refinery.core.record.FieldType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Binds a YAML mapping to a Java config record: snake_case keys to components, types converted and
 * checked, defaults from {@link Setting}, unknown keys refused with a suggestion, and the record's own
 * validation (its compact constructor) reported at the mapping's line.
 */
public final class ConfigBinder {
    private ConfigBinder() {}

    public static <R extends java.lang.Record> R bind(ConfigNode node, Class<R> type, String what) {
        return bind(node, type, what, Set.of());
    }

    /** Binds, ignoring {@code reservedKeys} (e.g. {@code op} and {@code id} of a pipeline step). */
    public static <R extends java.lang.Record> R bind(ConfigNode node, Class<R> type, String what, Set<String> reservedKeys) {
        if (node == null || node.isNull()) {
            node = ConfigNode.map(Map.of(), Map.of(), node == null ? Mark.of(what) : node.mark());
        }
        if (!node.isMap()) {
            throw new ConfigException(node.mark(), what + ": expected a mapping of settings but found " + node.describe());
        }
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byKey = new LinkedHashMap<>();
        for (RecordComponent c : components) byKey.put(keyOf(c.getName()), c);
        for (String key : node.entries().keySet()) {
            if (!byKey.containsKey(key) && !reservedKeys.contains(key)) {
                throw new ConfigException(node.keyMark(key), "unknown setting '" + key + "' for " + what
                        + Suggestions.didYouMean(key, byKey.keySet()) + "; known settings: " + String.join(", ", byKey.keySet()));
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            String key = keyOf(c.getName());
            ConfigNode value = node.get(key);
            Setting s = c.getAnnotation(Setting.class);
            if (value == null || value.isNull()) {
                if (s != null && !Setting.NO_DEFAULT.equals(s.defaultValue())) {
                    value = YamlConfigReader.parseValue(s.defaultValue(), node.mark());
                } else if (s != null && s.optional() || !c.getType().isPrimitive() && s == null) {
                    args[i] = emptyOf(c.getType());
                    continue;
                } else {
                    throw new ConfigException(node.mark(), what + ": missing required setting '" + key + "'"
                            + (s != null ? " (" + s.value() + ")" : ""));
                }
            }
            args[i] = convert(value, c.getGenericType(), what + "." + key);
        }
        try {
            Constructor<R> ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ConfigException ce) throw ce;
            throw new ConfigException(node.mark(), what + ": " + cause.getMessage(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("config type " + type.getName() + " cannot be constructed", e);
        }
    }

    private static Object emptyOf(Class<?> t) {
        if (t == List.class) return List.of();
        if (t == Map.class) return Map.of();
        return null;
    }

    /** camelCase component name to the snake_case key written in YAML. */
    public static String keyOf(String componentName) {
        StringBuilder sb = new StringBuilder();
        for (char ch : componentName.toCharArray()) {
            if (Character.isUpperCase(ch)) sb.append('_').append(Character.toLowerCase(ch));
            else sb.append(ch);
        }
        return sb.toString();
    }

    static Object convert(ConfigNode n, Type type, String what) {
        Class<?> raw = rawClass(type);
        if (raw == ConfigNode.class) return n;
        if (raw == List.class) {
            Type elem = typeArg(type, 0);
            List<ConfigNode> items = n.isList() ? n.items() : List.of(n);
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) out.add(convert(items.get(i), elem, what + "[" + i + "]"));
            return Collections.unmodifiableList(out);
        }
        if (raw == Map.class) {
            if (!n.isMap()) throw new ConfigException(n.mark(), what + ": expected a mapping but found " + n.describe());
            Type valueType = typeArg(type, 1);
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, ConfigNode> e : n.entries().entrySet()) {
                out.put(e.getKey(), convert(e.getValue(), valueType, what + "." + e.getKey()));
            }
            return Collections.unmodifiableMap(out);
        }
        if (raw.isRecord()) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object bound = bind(n, (Class) raw, what);
            return bound;
        }
        if (raw == Object.class) return n.toPlain();
        if (!n.isScalar() || n.isNull()) {
            throw new ConfigException(n.mark(), what + ": expected " + typeName(type) + " but found " + n.describe());
        }
        Object v = n.scalarValue();
        try {
            if (raw == String.class) return v.toString();
            if (raw == long.class || raw == Long.class) return asLong(v);
            if (raw == int.class || raw == Integer.class) return Math.toIntExact(asLong(v));
            if (raw == double.class || raw == Double.class) return asDouble(v);
            if (raw == boolean.class || raw == Boolean.class) return asBoolean(v);
            if (raw == FieldType.class) return FieldType.parse(v.toString());
            if (raw.isEnum()) return enumValue(raw, v.toString());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ConfigException(n.mark(), what + ": expected " + typeName(type) + " but found '" + v + "'"
                    + (e.getMessage() != null && !(e instanceof NumberFormatException) ? " (" + e.getMessage() + ")" : ""));
        }
        throw new IllegalStateException("unsupported config type " + type + " for " + what);
    }

    private static long asLong(Object v) {
        if (v instanceof Long l) return l;
        // a whole double within the long range (0x1p63 itself is one beyond Long.MAX_VALUE)
        if (v instanceof Double d && d == Math.rint(d) && d >= -0x1p63 && d < 0x1p63) return d.longValue();
        if (v instanceof String s) return Long.parseLong(s.replace("_", ""));
        throw new IllegalArgumentException();
    }

    private static double asDouble(Object v) {
        if (v instanceof Number num) return num.doubleValue();
        if (v instanceof String s) return Double.parseDouble(s);
        throw new IllegalArgumentException();
    }

    private static boolean asBoolean(Object v) {
        if (v instanceof Boolean b) return b;
        if ("true".equals(v) || "yes".equals(v)) return true;
        if ("false".equals(v) || "no".equals(v)) return false;
        throw new IllegalArgumentException();
    }

    private static Object enumValue(Class<?> raw, String s) {
        List<String> names = new ArrayList<>();
        for (Object c : raw.getEnumConstants()) {
            String name = ((Enum<?>) c).name();
            names.add(name.toLowerCase(Locale.ROOT));
            if (name.equalsIgnoreCase(s)) return c;
        }
        throw new IllegalArgumentException("one of " + names + Suggestions.didYouMean(s, names));
    }

    static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) return c;
        if (t instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        return Object.class;
    }

    private static Type typeArg(Type t, int i) {
        if (t instanceof ParameterizedType p && p.getActualTypeArguments().length > i) return p.getActualTypeArguments()[i];
        return Object.class;
    }

    static String typeName(Type t) {
        Class<?> raw = rawClass(t);
        if (raw == String.class) return "text";
        if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class) return "integer";
        if (raw == double.class || raw == Double.class) return "number";
        if (raw == boolean.class || raw == Boolean.class) return "true/false";
        if (raw == List.class) return "list of " + typeName(typeArg(t, 0));
        if (raw == Map.class) return "mapping of " + typeName(typeArg(t, 1));
        if (raw == FieldType.class) return "type name";
        if (raw.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : raw.getEnumConstants()) names.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT));
            return String.join("|", names);
        }
        if (raw == Object.class || raw == ConfigNode.class) return "any";
        return raw.getSimpleName();
    }

    /**
     * A bound config as plain values under their YAML keys (enums and types in lower case), with
     * defaults filled in: what a step really ran with, for reports and provenance.
     */
    public static Map<String, Object> values(java.lang.Record config) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : config.getClass().getRecordComponents()) {
            try {
                java.lang.reflect.Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                out.put(keyOf(c.getName()), plain(accessor.invoke(config)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + config.getClass().getName(), e);
            }
        }
        return out;
    }

    private static Object plain(Object v) {
        if (v instanceof java.lang.Record r) return values(r);
        if (v instanceof FieldType t) return t.label();
        if (v instanceof Enum<?> e) return e.name().toLowerCase(Locale.ROOT);
        if (v instanceof ConfigNode n) return n.toPlain();
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) out.add(plain(o));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
            return out;
        }
        return v;
    }

    /** The documented settings of a config record, for help output. */
    public static List<SettingInfo> describe(Class<? extends java.lang.Record> type) {
        List<SettingInfo> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Setting s = c.getAnnotation(Setting.class);
            boolean hasDefault = s != null && !Setting.NO_DEFAULT.equals(s.defaultValue());
            boolean required = !hasDefault && (s == null ? c.getType().isPrimitive() : !s.optional());
            out.add(new SettingInfo(keyOf(c.getName()), typeName(c.getGenericType()), required,
                    hasDefault ? s.defaultValue() : null, s == null ? "" : s.value()));
        }
        return out;
    }
}
