package ai.refinery.quality.ops;

import ai.refinery.core.record.FieldType;
import ai.refinery.core.record.Values;

/** Values as quoted in error messages: short enough for a log line, typed when not text. */
final class Shown {
    private static final int MAX_CHARS = 60;

    private Shown() {}

    /** {@code 'text'} for strings, {@code 12 (long)} for other values, shortened with "..." when long. */
    static String value(Object v) {
        if (v == null) return "null";
        String s = Values.toDisplayString(v);
        if (s.length() > MAX_CHARS) s = s.substring(0, MAX_CHARS) + "...";
        return v instanceof String ? "'" + s + "'" : s + " (" + FieldType.of(v).label() + ")";
    }
}
