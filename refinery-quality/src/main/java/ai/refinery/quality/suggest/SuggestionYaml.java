package ai.refinery.quality.suggest;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes suggestions as YAML flow mappings, one per list item, each after a comment line. Strings
 * are plain when nothing could read them as something else, otherwise double-quoted with JSON's
 * escapes (valid YAML double-quoted scalars).
 */
final class SuggestionYaml {
    /** Plain scalars: a letter or underscore, then letters, digits, '_', '-', '.' (no flow indicators, no ': '). */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");
    /** Words YAML 1.1 or 1.2 parsers read as booleans or null. */
    private static final Set<String> RESERVED = Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~");

    private SuggestionYaml() {}

    static String write(List<Suggestion> suggestions, int indent) {
        String pad = " ".repeat(indent);
        StringBuilder out = new StringBuilder();
        for (Suggestion s : suggestions) {
            out.append(pad).append("# ").append(s.reason()).append('\n');
            out.append(pad).append("- ").append(flowMap(s.check())).append('\n');
        }
        return out.toString();
    }

    private static String flowMap(Map<String, Object> map) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, Object> e : map.entrySet()) {
            if (sb.length() > 1) sb.append(", ");
            sb.append(scalar(e.getKey())).append(": ").append(value(e.getValue()));
        }
        return sb.append('}').toString();
    }

    private static String value(Object v) {
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (Object o : list) {
                if (sb.length() > 1) sb.append(", ");
                sb.append(value(o));
            }
            return sb.append(']').toString();
        }
        if (v instanceof String s) return scalar(s);
        if (v instanceof Double d) {
            if (!Double.isFinite(d)) throw new IllegalArgumentException("a suggestion cannot hold the number " + d);
            return Double.toString(d);
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Boolean) return v.toString();
        if (v == null) return "null";
        throw new IllegalArgumentException("a suggestion cannot hold a " + v.getClass().getSimpleName() + ": " + v);
    }

    private static String scalar(String s) {
        if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(java.util.Locale.ROOT))) return s;
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
    }
}
