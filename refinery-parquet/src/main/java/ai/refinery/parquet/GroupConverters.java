package ai.refinery.parquet;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

/**
 * Converters for Parquet groups: LIST-annotated groups become lists (float vectors for FLOAT
 * elements), MAP-annotated groups maps with string keys, other groups maps of their fields, and
 * bare repeated fields lists. Lists follow the Parquet spec's backward-compatibility rules, so
 * two-level lists written by old writers read the same as standard three-level ones.
 */
final class GroupConverters {
    private GroupConverters() {}

    /** The converter for a value of this type, delivering to {@code out} (repetition is the caller's concern). */
    static Converter of(Type type, Sink out) {
        if (type.isPrimitive()) return PrimitiveConverters.of(type.asPrimitiveType(), out);
        GroupType g = type.asGroupType();
        LogicalTypeAnnotation logical = g.getLogicalTypeAnnotation();
        if (logical instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation && isListShaped(g)) {
            return new ListConverter(g, out);
        }
        if ((logical instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation
                || logical instanceof LogicalTypeAnnotation.MapKeyValueTypeAnnotation) && isMapShaped(g)) {
            return new MapConverter(g, out);
        }
        return new StructConverter(g, null, values -> out.accept(asMap(g, values)));
    }

    private static boolean isListShaped(GroupType g) {
        return g.getFieldCount() == 1 && g.getType(0).isRepetition(Type.Repetition.REPEATED);
    }

    private static boolean isMapShaped(GroupType g) {
        return g.getFieldCount() == 1 && g.getType(0).isRepetition(Type.Repetition.REPEATED)
                && !g.getType(0).isPrimitive() && g.getType(0).asGroupType().getFieldCount() >= 1;
    }

    private static Map<String, Object> asMap(GroupType g, Object[] values) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) m.put(g.getFieldName(i), values[i]);
        return m;
    }

    static boolean isFloat(Type t) {
        return t.isPrimitive() && t.asPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.FLOAT;
    }

    /** The element of a list whose repeated field is itself the element (two-level), else null. */
    private static Type twoLevelElement(GroupType list) {
        Type repeated = list.getType(0);
        if (repeated.isPrimitive()) return repeated;
        GroupType g = repeated.asGroupType();
        if (g.getFieldCount() != 1 || g.getName().equals("array") || g.getName().equals(list.getName() + "_tuple")) {
            return repeated;
        }
        return null;
    }

    /**
     * A group of fields, delivered as an array of values in {@code slots} order (absent fields are
     * null, repeated fields lists). The root converter of a row, and nested structs.
     */
    static final class StructConverter extends GroupConverter {
        private final Converter[] children;
        private final ListCollector[] repeated;
        private final int[] slots;
        private final Consumer<Object[]> done;
        private Object[] values;

        /** @param slots where field i goes in the delivered array, or null for field order */
        StructConverter(GroupType g, int[] slots, Consumer<Object[]> done) {
            int n = g.getFieldCount();
            this.slots = slots;
            this.done = done;
            this.children = new Converter[n];
            this.repeated = new ListCollector[n];
            for (int i = 0; i < n; i++) {
                Type t = g.getType(i);
                int slot = slots == null ? i : slots[i];
                if (t.isRepetition(Type.Repetition.REPEATED)) {
                    repeated[i] = new ListCollector(isFloat(t));
                    children[i] = of(t, repeated[i]);
                } else {
                    children[i] = of(t, new Sink() {
                        @Override void accept(Object value) { values[slot] = value; }
                    });
                }
            }
        }

        @Override public Converter getConverter(int i) { return children[i]; }

        @Override
        public void start() {
            values = new Object[children.length];
            for (ListCollector c : repeated) if (c != null) c.reset();
        }

        @Override
        public void end() {
            for (int i = 0; i < repeated.length; i++) {
                if (repeated[i] != null) values[slots == null ? i : slots[i]] = repeated[i].finish();
            }
            done.accept(values);
        }
    }

    private static final class ListConverter extends GroupConverter {
        private final Sink out;
        private final ListCollector elements;
        private final Converter child;

        ListConverter(GroupType list, Sink out) {
            this.out = out;
            Type element = twoLevelElement(list);
            if (element != null) {
                elements = new ListCollector(isFloat(element));
                child = of(element, elements);
            } else {
                GroupType repeated = list.getType(0).asGroupType();
                elements = new ListCollector(isFloat(repeated.getType(0)));
                child = new ElementConverter(repeated, elements);
            }
        }

        @Override public Converter getConverter(int i) { return child; }
        @Override public void start() { elements.reset(); }
        @Override public void end() { out.accept(elements.finish()); }
    }

    /** The repeated group of a three-level list: one instance per element, which may be absent (null). */
    private static final class ElementConverter extends GroupConverter {
        private final Sink elements;
        private final Converter child;
        private boolean seen;

        ElementConverter(GroupType repeated, Sink elements) {
            this.elements = elements;
            this.child = of(repeated.getType(0), new Sink() {
                @Override void accept(Object value) {
                    seen = true;
                    ElementConverter.this.elements.accept(value);
                }

                @Override void acceptFloat(float value) {
                    seen = true;
                    ElementConverter.this.elements.acceptFloat(value);
                }
            });
        }

        @Override public Converter getConverter(int i) { return child; }
        @Override public void start() { seen = false; }

        @Override
        public void end() {
            if (!seen) elements.accept(null);
        }
    }

    private static final class MapConverter extends GroupConverter {
        private final Sink out;
        private final Converter entries;
        private Map<String, Object> map;

        MapConverter(GroupType g, Sink out) {
            this.out = out;
            GroupType kv = g.getType(0).asGroupType();
            this.entries = new StructConverter(kv, null,
                    entry -> map.put(keyText(entry[0]), entry.length > 1 ? entry[1] : null));
        }

        @Override public Converter getConverter(int i) { return entries; }
        @Override public void start() { map = new LinkedHashMap<>(); }
        @Override public void end() { out.accept(Collections.unmodifiableMap(map)); }

        private static String keyText(Object key) {
            if (key instanceof byte[] b) return new String(b, StandardCharsets.UTF_8);
            return String.valueOf(key);
        }
    }
}
