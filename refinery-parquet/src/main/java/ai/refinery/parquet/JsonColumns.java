package ai.refinery.parquet;

import ai.refinery.core.io.BadRecordException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the JSON text of a column listed in the footer back into values: map values and list elements. */
final class JsonColumns {
    private JsonColumns() {}

    static Object decode(String column, Object value) throws BadRecordException {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put((String) e.getKey(), text(column, "value of key '" + e.getKey() + "'", e.getValue()));
            }
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) out.add(text(column, "element " + i, list.get(i)));
            return out;
        }
        return value; // not a shape we wrote: leave it as read
    }

    private static Object text(String column, String where, Object v) throws BadRecordException {
        if (!(v instanceof String s)) return v;
        try {
            return JsonText.decode(s);
        } catch (IOException e) {
            throw new BadRecordException("column '" + column + "': " + where + " is not valid JSON text: " + e.getMessage());
        }
    }
}
