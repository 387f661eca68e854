package ai.refinery.core.testkit;

import ai.refinery.core.record.FieldType;
import ai.refinery.core.record.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records an operator may meet in real data but was not written for: a field missing, null, or
 * holding a value of another type, and a record without fields.
 */
public final class BadRecords {
    /** One value of each type, plus awkward ones (empty and blank text, NaN, extremes). */
    public static final List<Object> ODD_VALUES = List.of(
            "", "  ", "text", "12abc", 0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 2.5, -0.0, Double.NaN,
            Double.POSITIVE_INFINITY, true, false, new byte[] {1, 2}, new float[] {1f, Float.NaN},
            List.of(1L, "a"), List.of(), Map.of("k", "v"), Map.of());

    private BadRecords() {}

    /** Variants of the first {@code maxSamples} samples, each field missing, null, or replaced by each odd value. */
    public static List<Record> from(List<Record> samples, int maxSamples) {
        List<Record> out = new ArrayList<>();
        out.add(Record.builder("bad-no-fields").build());
        for (Record sample : samples.subList(0, Math.min(maxSamples, samples.size()))) {
            for (String field : sample.fieldNames()) {
                String base = sample.id() + "~" + field;
                out.add(sample.toBuilder().id(base + "~missing").remove(field).build());
                out.add(sample.toBuilder().id(base + "~null").set(field, null).build());
                int n = 0;
                for (Object odd : ODD_VALUES) {
                    Object current = sample.get(field);
                    if (current != null && FieldType.of(current) == FieldType.of(odd) && !isAwkward(odd)) continue;
                    out.add(sample.toBuilder().id(base + "~odd" + n++).set(field, odd).build());
                }
            }
        }
        return out;
    }

    private static boolean isAwkward(Object v) {
        return v instanceof String s && s.isBlank()
                || v instanceof Double d && (d.isNaN() || d.isInfinite())
                || v instanceof Long l && (l == Long.MAX_VALUE || l == Long.MIN_VALUE);
    }
}
