package ai.refinery.parquet;

import ai.refinery.core.io.jsonl.JsonValues;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Values that have no Parquet type of their own (map values, nested list elements, meta) are stored
 * as JSON text, using the same encoding as the JSONL format. Files list such columns in their
 * footer under {@link #FOOTER_KEY} so that the reader turns the text back into values.
 */
final class JsonText {
    /** Footer key-value metadata: a JSON array of the names of the columns holding JSON text. */
    static final String FOOTER_KEY = "refinery.json_columns";

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {}

    static String encode(Object value) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            JsonValues.write(g, value);
        }
        return out.toString();
    }

    static Object decode(String json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() == null) throw new IOException("empty JSON text");
            Object value = JsonValues.read(p);
            if (p.nextToken() != null) throw new IOException("unexpected content after the JSON value");
            return value;
        }
    }

    /** The footer value listing the JSON columns. */
    static String encodeNames(List<String> names) throws IOException {
        return encode(names);
    }

    /** The column names listed by a footer value (null or blank: none). */
    static Set<String> decodeNames(String footerValue) throws IOException {
        Set<String> names = new HashSet<>();
        if (footerValue == null || footerValue.isBlank()) return names;
        if (!(decode(footerValue) instanceof List<?> list)) {
            throw new IOException("footer key " + FOOTER_KEY + " is not a JSON array");
        }
        for (Object o : list) names.add(String.valueOf(o));
        return names;
    }
}
