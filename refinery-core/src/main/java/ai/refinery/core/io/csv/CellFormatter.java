package ai.refinery.core.io.csv;

import ai.refinery.core.io.jsonl.JsonValues;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Base64;

/**
 * Record values as cell text. CSV has only text: numbers and booleans are written as Java prints
 * them (the CSV source reads them back with {@code types}), bytes as base64, and vectors, lists and
 * maps as JSON.
 */
final class CellFormatter {
    private static final JsonFactory JSON = new JsonFactory();

    private CellFormatter() {}

    /** The cell text, or null for a null value (printed as an empty cell). */
    static String format(Object v) throws IOException {
        if (v == null) return null;
        if (v instanceof String s) return s;
        if (v instanceof Long || v instanceof Double || v instanceof Boolean) return v.toString();
        if (v instanceof byte[] b) return Base64.getEncoder().encodeToString(b);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            JsonValues.write(g, v);
        }
        return out.toString();
    }
}
