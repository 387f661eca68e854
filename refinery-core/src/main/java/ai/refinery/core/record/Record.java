package ai.refinery.core.record;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One unit of data: an id, named fields and {@code meta} (what operators computed about it:
 * scores, language, provenance). Immutable; build or change one with {@link #builder} and
 * {@link #toBuilder}. Field order is kept as inserted, so output columns follow input columns.
 *
 * <p>Values are restricted to {@link FieldType}s: String, Long, Double, Boolean, byte[], float[],
 * List and Map (string keys). Arrays are owned by the record: callers must not mutate them.
 */
public final class Record implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String[] NO_NAMES = new String[0];
    private static final Object[] NO_VALUES = new Object[0];

    private final String id;
    private final String[] names;
    private final Object[] values;
    private final String[] metaNames;
    private final Object[] metaValues;

    private Record(String id, String[] names, Object[] values, String[] metaNames, Object[] metaValues) {
        this.id = id;
        this.names = names;
        this.values = values;
        this.metaNames = metaNames;
        this.metaValues = metaValues;
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public String id() { return id; }

    public int fieldCount() { return names.length; }

    /** Field names in order. */
    public List<String> fieldNames() { return Collections.unmodifiableList(Arrays.asList(names)); }

    public String fieldName(int index) { return names[index]; }

    public Object fieldValue(int index) { return values[index]; }

    public boolean has(String field) { return indexOf(names, field) >= 0; }

    /** The value of a field, or null when absent or null. */
    public Object get(String field) {
        int i = indexOf(names, field);
        return i < 0 ? null : values[i];
    }

    public String getString(String field) { return (String) typed(field, String.class); }
    public Long getLong(String field) { return (Long) typed(field, Long.class); }
    public Double getDouble(String field) { return (Double) typed(field, Double.class); }
    public Boolean getBoolean(String field) { return (Boolean) typed(field, Boolean.class); }
    public byte[] getBytes(String field) { return (byte[]) typed(field, byte[].class); }
    public float[] getFloatVector(String field) { return (float[]) typed(field, float[].class); }

    @SuppressWarnings("unchecked")
    public List<Object> getList(String field) { return (List<Object>) typed(field, List.class); }

    @SuppressWarnings("unchecked")
    public Map<String, Object> getMap(String field) { return (Map<String, Object>) typed(field, Map.class); }

    private Object typed(String field, Class<?> type) {
        Object v = get(field);
        if (v != null && !type.isInstance(v)) {
            throw new IllegalArgumentException("field '" + field + "' of record " + id + " is "
                    + FieldType.of(v).label() + ", not " + type.getSimpleName());
        }
        return v;
    }

    /** Fields as an ordered, unmodifiable map (a copy; prefer indexed access in hot loops). */
    public Map<String, Object> fields() { return asMap(names, values); }

    public int metaCount() { return metaNames.length; }
    public String metaName(int index) { return metaNames[index]; }
    public Object metaValue(int index) { return metaValues[index]; }

    public Object meta(String key) {
        int i = indexOf(metaNames, key);
        return i < 0 ? null : metaValues[i];
    }

    public Map<String, Object> meta() { return asMap(metaNames, metaValues); }

    /** Whether the meta has this key (its value may be null). */
    public boolean hasMeta(String key) { return indexOf(metaNames, key) >= 0; }

    public Builder toBuilder() { return new Builder(this); }

    /** A copy with one field set (added at the end when new). */
    public Record with(String field, Object value) { return toBuilder().set(field, value).build(); }

    /** A copy with one meta entry set. */
    public Record withMeta(String key, Object value) { return toBuilder().meta(key, value).build(); }

    private static int indexOf(String[] keys, String key) {
        for (int i = 0; i < keys.length; i++) if (keys[i].equals(key)) return i;
        return -1;
    }

    private static Map<String, Object> asMap(String[] keys, Object[] vals) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) m.put(keys[i], vals[i]);
        return Collections.unmodifiableMap(m);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Record r)) return false;
        return id.equals(r.id) && sameEntries(names, values, r.names, r.values)
                && sameEntries(metaNames, metaValues, r.metaNames, r.metaValues);
    }

    private static boolean sameEntries(String[] k1, Object[] v1, String[] k2, Object[] v2) {
        if (k1.length != k2.length) return false;
        for (int i = 0; i < k1.length; i++) {
            if (!k1[i].equals(k2[i]) || !Values.equal(v1[i], v2[i])) return false;
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = id.hashCode();
        for (int i = 0; i < names.length; i++) h = 31 * h + names[i].hashCode() * 17 + Values.hash(values[i]);
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Record{id=").append(id);
        for (int i = 0; i < names.length; i++) sb.append(", ").append(names[i]).append('=').append(Values.toDisplayString(values[i]));
        if (metaNames.length > 0) sb.append(", meta=").append(meta());
        return sb.append('}').toString();
    }

    /** Builds records; set() keeps first-insertion order and replaces existing values. */
    public static final class Builder {
        private String id;
        private String[] names;
        private Object[] values;
        private int size;
        private String[] metaNames;
        private Object[] metaValues;
        private int metaSize;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "record id");
            this.names = new String[8];
            this.values = new Object[8];
            this.metaNames = NO_NAMES;
            this.metaValues = NO_VALUES;
        }

        private Builder(Record r) {
            this.id = r.id;
            this.names = Arrays.copyOf(r.names, Math.max(4, r.names.length + 2));
            this.values = Arrays.copyOf(r.values, names.length);
            this.size = r.names.length;
            this.metaNames = Arrays.copyOf(r.metaNames, r.metaNames.length + 2);
            this.metaValues = Arrays.copyOf(r.metaValues, metaNames.length);
            this.metaSize = r.metaNames.length;
        }

        public Builder id(String newId) {
            this.id = Objects.requireNonNull(newId, "record id");
            return this;
        }

        /** Sets a field; the value is normalized (Integer to Long, ...) and null is kept as a null value. */
        public Builder set(String field, Object value) {
            Objects.requireNonNull(field, "field name");
            Object v = Values.normalize(value);
            for (int i = 0; i < size; i++) {
                if (names[i].equals(field)) {
                    values[i] = v;
                    return this;
                }
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2 + 1);
                values = Arrays.copyOf(values, names.length);
            }
            names[size] = field;
            values[size++] = v;
            return this;
        }

        public Builder remove(String field) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(field)) {
                    System.arraycopy(names, i + 1, names, i, size - i - 1);
                    System.arraycopy(values, i + 1, values, i, size - i - 1);
                    size--;
                    names[size] = null;
                    values[size] = null;
                    return this;
                }
            }
            return this;
        }

        /** Renames a field in place (keeps its position); no-op when absent. */
        public Builder rename(String from, String to) {
            if (from.equals(to)) return this;
            int at = -1;
            for (int i = 0; i < size; i++) if (names[i].equals(from)) at = i;
            if (at < 0) return this;
            Object v = values[at];
            remove(to);
            for (int i = 0; i < size; i++) {
                if (names[i].equals(from)) {
                    names[i] = to;
                    values[i] = v;
                }
            }
            return this;
        }

        public Builder clearFields() {
            Arrays.fill(names, 0, size, null);
            Arrays.fill(values, 0, size, null);
            size = 0;
            return this;
        }

        public Builder meta(String key, Object value) {
            Objects.requireNonNull(key, "meta key");
            Object v = Values.normalize(value);
            for (int i = 0; i < metaSize; i++) {
                if (metaNames[i].equals(key)) {
                    metaValues[i] = v;
                    return this;
                }
            }
            if (metaSize == metaNames.length) {
                metaNames = Arrays.copyOf(metaNames, metaSize * 2 + 2);
                metaValues = Arrays.copyOf(metaValues, metaNames.length);
            }
            metaNames[metaSize] = key;
            metaValues[metaSize++] = v;
            return this;
        }

        public Object get(String field) {
            for (int i = 0; i < size; i++) if (names[i].equals(field)) return values[i];
            return null;
        }

        public Record build() {
            return new Record(id,
                    size == 0 ? NO_NAMES : Arrays.copyOf(names, size),
                    size == 0 ? NO_VALUES : Arrays.copyOf(values, size),
                    metaSize == 0 ? NO_NAMES : Arrays.copyOf(metaNames, metaSize),
                    metaSize == 0 ? NO_VALUES : Arrays.copyOf(metaValues, metaSize));
        }
    }
}
