package ai.refinery.quality.suggest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A proposed expectation: its settings in the {@code expect:} syntax of DESIGN.md, in order
 * ({@code check} first, then {@code column} and the rest), and the profile fact behind it.
 *
 * @param check  the expectation's settings: strings, numbers, booleans and lists of them
 * @param reason one line saying which profile fact suggested it
 */
public record Suggestion(Map<String, Object> check, String reason) {
    public Suggestion {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(reason, "reason");
        if (!(check.get("check") instanceof String)) throw new IllegalArgumentException("a suggestion needs a 'check' name, got " + check);
        check = Collections.unmodifiableMap(new LinkedHashMap<>(check));
        reason = reason.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** The expectation's kind ({@code completeness}, {@code unique}, ...). */
    public String kind() {
        return (String) check.get("check");
    }

    /** The column it is about, or null. */
    public String column() {
        return (String) check.get("column");
    }

    /** Settings built in the order given: check name, then alternating keys and values. */
    static Suggestion of(String reason, String kind, Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("check", kind);
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return new Suggestion(m, reason);
    }
}
