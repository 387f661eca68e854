package ai.refinery.learn.model;

import ai.refinery.core.record.FieldType;
import ai.refinery.core.record.Record;
import java.util.List;

/**
 * Turns a record's input field into a model's input vector as a {@link FeatureSpec} says. Strict:
 * a missing field, another type or another length is an error naming the record and the field,
 * never a silently padded or truncated vector.
 */
public final class RecordFeatures {
    private RecordFeatures() {}

    /** Writes the {@code size} inputs of {@code record} into {@code dst} from {@code at}. */
    public static void encode(FeatureSpec spec, int size, Record record, float[] dst, int at) {
        String field = spec.inputField();
        Object value = record.get(field);
        if (value == null) {
            String state = record.has(field) ? "is null" : "is missing (the record has " + record.fieldNames() + ")";
            throw new IllegalArgumentException("record " + record.id() + ": input field '" + field + "' " + state
                    + "; the model reads " + expected(spec, size) + " from it");
        }
        float scale = (float) spec.scale();
        switch (spec.encoding()) {
            case FLOAT_VECTOR -> {
                if (!(value instanceof float[] v)) throw wrongType(spec, size, record, value);
                checkLength(v.length, size, record, field);
                for (int i = 0; i < size; i++) dst[at + i] = finite(v[i], i, record, field) * scale;
            }
            case BYTES -> {
                if (!(value instanceof byte[] v)) throw wrongType(spec, size, record, value);
                checkLength(v.length, size, record, field);
                for (int i = 0; i < size; i++) dst[at + i] = (v[i] & 0xFF) * scale;
            }
            case LIST -> {
                if (!(value instanceof List<?> v)) throw wrongType(spec, size, record, value);
                checkLength(v.size(), size, record, field);
                for (int i = 0; i < size; i++) dst[at + i] = number(v.get(i), i, record, field) * scale;
            }
        }
    }

    private static String expected(FeatureSpec spec, int size) {
        return spec.encoding().label() + " of " + size + " values";
    }

    private static IllegalArgumentException wrongType(FeatureSpec spec, int size, Record record, Object value) {
        return new IllegalArgumentException("record " + record.id() + ": input field '" + spec.inputField() + "' is "
                + FieldType.of(value).label() + ", but the model reads " + expected(spec, size)
                + "; convert the field (e.g. with a cast step) or train the model on this encoding");
    }

    private static void checkLength(int length, int size, Record record, String field) {
        if (length != size) {
            throw new IllegalArgumentException("record " + record.id() + ": input field '" + field + "' has " + length
                    + " values, but the model takes " + size);
        }
    }

    private static float finite(float v, int index, Record record, String field) {
        if (!Float.isFinite(v)) {
            throw new IllegalArgumentException("record " + record.id() + ": input field '" + field + "' has " + v
                    + " at index " + index + "; the model needs finite numbers");
        }
        return v;
    }

    private static float number(Object element, int index, Record record, String field) {
        if (element instanceof Long l) return l;
        if (element instanceof Double d) return finite(d.floatValue(), index, record, field);
        String what = element == null ? "null" : FieldType.of(element).label() + " " + element;
        throw new IllegalArgumentException("record " + record.id() + ": input field '" + field + "' has " + what
                + " at index " + index + "; a list input must hold only numbers");
    }
}
