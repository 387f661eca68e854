package ai.refinery.text.extract;

import ai.refinery.core.record.FieldType;
import ai.refinery.core.record.Record;

/** Checks and messages about the fields extraction operators read. */
final class FieldArgs {
    private FieldArgs() {}

    static String requireName(String name, String setting) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("'" + setting + "' must name a field");
        return name.strip();
    }

    /** "field 'x' is missing" / "is null" / "holds a long, not HTML text or bytes". */
    static String describeMissing(Record r, String field, String expected) {
        Object v = r.get(field);
        if (!r.has(field)) return "field '" + field + "' is missing (expected " + expected + ")";
        if (v == null) return "field '" + field + "' is null (expected " + expected + ")";
        return "field '" + field + "' holds " + FieldType.of(v).label() + ", not " + expected;
    }
}
