package ai.refinery.core.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A configuration tree (from YAML or from {@code --set}) whose every node remembers where it was
 * written, so that a wrong value is reported at its line and column. Scalars hold String, Long,
 * Double, Boolean or null as YAML's JSON schema resolves them.
 */
public final class ConfigNode {
    public enum Kind { SCALAR, LIST, MAP }

    private final Kind kind;
    private final Mark mark;
    private final Object scalar;
    private final List<ConfigNode> items;
    private final Map<String, ConfigNode> entries;
    private final Map<String, Mark> keyMarks;

    private ConfigNode(Kind kind, Mark mark, Object scalar, List<ConfigNode> items,
                       Map<String, ConfigNode> entries, Map<String, Mark> keyMarks) {
        this.kind = kind;
        this.mark = mark;
        this.scalar = scalar;
        this.items = items;
        this.entries = entries;
        this.keyMarks = keyMarks;
    }

    public static ConfigNode scalar(Object value, Mark mark) {
        return new ConfigNode(Kind.SCALAR, mark, value, List.of(), Map.of(), Map.of());
    }

    public static ConfigNode list(List<ConfigNode> items, Mark mark) {
        return new ConfigNode(Kind.LIST, mark, null, new ArrayList<>(items), Map.of(), Map.of());
    }

    public static ConfigNode map(Map<String, ConfigNode> entries, Map<String, Mark> keyMarks, Mark mark) {
        return new ConfigNode(Kind.MAP, mark, null, List.of(), new LinkedHashMap<>(entries), new LinkedHashMap<>(keyMarks));
    }

    public Kind kind() { return kind; }
    public Mark mark() { return mark; }
    public boolean isScalar() { return kind == Kind.SCALAR; }
    public boolean isList() { return kind == Kind.LIST; }
    public boolean isMap() { return kind == Kind.MAP; }
    public boolean isNull() { return kind == Kind.SCALAR && scalar == null; }

    public Object scalarValue() {
        expect(Kind.SCALAR, "a single value");
        return scalar;
    }

    public List<ConfigNode> items() {
        expect(Kind.LIST, "a list");
        return Collections.unmodifiableList(items);
    }

    public Map<String, ConfigNode> entries() {
        expect(Kind.MAP, "a mapping of settings");
        return Collections.unmodifiableMap(entries);
    }

    public ConfigNode get(String key) {
        return kind == Kind.MAP ? entries.get(key) : null;
    }

    /** Where a key of this mapping was written (falls back to the mapping itself). */
    public Mark keyMark(String key) {
        Mark m = keyMarks.get(key);
        return m == null ? mark : m;
    }

    /** The string value of a scalar; numbers and booleans are accepted as their text. */
    public String asString() {
        Object v = scalarValue();
        return v == null ? null : v.toString();
    }

    /** Returns a copy with {@code key} set to {@code value} (this node must be a map). */
    public ConfigNode with(String key, ConfigNode value) {
        expect(Kind.MAP, "a mapping of settings");
        Map<String, ConfigNode> e = new LinkedHashMap<>(entries);
        Map<String, Mark> km = new LinkedHashMap<>(keyMarks);
        e.put(key, value);
        km.putIfAbsent(key, value.mark());
        return new ConfigNode(Kind.MAP, mark, null, List.of(), e, km);
    }

    /** Returns a copy with item {@code index} replaced (this node must be a list). */
    public ConfigNode withItem(int index, ConfigNode value) {
        expect(Kind.LIST, "a list");
        List<ConfigNode> copy = new ArrayList<>(items);
        copy.set(index, value);
        return new ConfigNode(Kind.LIST, mark, null, copy, Map.of(), Map.of());
    }

    /** Plain Java form: String/Long/Double/Boolean/null, List, LinkedHashMap. */
    public Object toPlain() {
        switch (kind) {
            case SCALAR: return scalar;
            case LIST: {
                List<Object> out = new ArrayList<>();
                for (ConfigNode n : items) out.add(n.toPlain());
                return out;
            }
            default: {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<String, ConfigNode> e : entries.entrySet()) out.put(e.getKey(), e.getValue().toPlain());
                return out;
            }
        }
    }

    private void expect(Kind wanted, String what) {
        if (kind != wanted) {
            throw new ConfigException(mark, "expected " + what + " but found " + describe());
        }
    }

    public String describe() {
        switch (kind) {
            case LIST: return "a list";
            case MAP: return "a mapping";
            default: return scalar == null ? "nothing (null)" : "'" + scalar + "'";
        }
    }

    @Override
    public String toString() {
        return String.valueOf(toPlain());
    }
}
