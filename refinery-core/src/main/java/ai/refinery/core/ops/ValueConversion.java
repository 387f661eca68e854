package ai.refinery.core.ops;

import ai.refinery.core.io.jsonl.JsonValues;
import ai.refinery.core.record.FieldType;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Converts record values between string, long, double and boolean. Lossy conversions are refused
 * (a double with a fraction does not become a long) with an {@link IllegalArgumentException}
 * saying why.
 */
final class ValueConversion {
    /** Plain decimal notation, as written in CSV or JSON; not Java's hex floats or 1d/1f suffixes. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final JsonFactory JSON = new JsonFactory();

    private ValueConversion() {}

    /** The target types {@link #convert} supports. */
    static boolean supports(FieldType type) {
        return type == FieldType.STRING || type == FieldType.LONG || type == FieldType.DOUBLE || type == FieldType.BOOLEAN;
    }

    /** {@code value} (not null) as {@code type}. */
    static Object convert(Object value, FieldType type) {
        switch (type) {
            case STRING: return toText(value);
            case LONG: return toLong(value);
            case DOUBLE: return toDouble(value);
            case BOOLEAN: return toBoolean(value);
            default: throw new IllegalArgumentException("cannot convert to " + type.label());
        }
    }

    /** Any value as text; bytes as base64 and lists, maps and vectors as JSON, as the JSONL sink writes them. */
    static String toText(Object v) {
        if (v instanceof String s) return s;
        if (v instanceof Long || v instanceof Double || v instanceof Boolean) return v.toString();
        if (v instanceof byte[] b) return Base64.getEncoder().encodeToString(b);
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            JsonValues.write(g, v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    static long toLong(Object v) {
        if (v instanceof Long l) return l;
        if (v instanceof Double d) return integral(d);
        if (v instanceof String s) {
            String t = s.strip();
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                if (!DECIMAL.matcher(t).matches()) throw new IllegalArgumentException("not a number");
                return integral(Double.parseDouble(t));
            }
        }
        throw new IllegalArgumentException("a " + FieldType.of(v).label() + " does not convert to a number");
    }

    static double toDouble(Object v) {
        if (v instanceof Double d) return d;
        if (v instanceof Long l) return l.doubleValue();
        if (v instanceof String s) {
            String t = s.strip();
            if (DECIMAL.matcher(t).matches()) return Double.parseDouble(t);
            switch (t.toLowerCase(Locale.ROOT)) {
                case "nan": return Double.NaN;
                case "inf": case "+inf": case "infinity": case "+infinity": return Double.POSITIVE_INFINITY;
                case "-inf": case "-infinity": return Double.NEGATIVE_INFINITY;
                default: throw new IllegalArgumentException("not a number");
            }
        }
        throw new IllegalArgumentException("a " + FieldType.of(v).label() + " does not convert to a number");
    }

    static boolean toBoolean(Object v) {
        if (v instanceof Boolean b) return b;
        if (v instanceof String s) {
            switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "true": case "t": case "yes": case "y": case "1": return true;
                case "false": case "f": case "no": case "n": case "0": return false;
                default: throw new IllegalArgumentException("not a boolean (expected true/false, yes/no or 1/0)");
            }
        }
        throw new IllegalArgumentException("a " + FieldType.of(v).label() + " does not convert to a boolean; only text does");
    }

    private static long integral(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) throw new IllegalArgumentException("not a finite number");
        if (d != Math.rint(d)) throw new IllegalArgumentException("has a fraction");
        if (d < -0x1p63 || d >= 0x1p63) throw new IllegalArgumentException("out of the range of long");
        return (long) d;
    }
}
