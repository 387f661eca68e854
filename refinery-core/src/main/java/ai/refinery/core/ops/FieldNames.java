package ai.refinery.core.ops;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks lists of field names given in operator configs, with messages that say which setting to change. */
public final class FieldNames {
    private FieldNames() {}

    /** An immutable copy of {@code fields}, which must be non-empty, without blanks or repeats. */
    public static List<String> requireSome(List<String> fields, String setting) {
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("'" + setting + "' must list at least one field, e.g. " + setting + ": [text]");
        }
        return requireValid(fields, setting);
    }

    /** An immutable copy of {@code fields} (possibly empty), without blanks or repeats. */
    public static List<String> requireValid(List<String> fields, String setting) {
        if (fields == null) return List.of();
        Set<String> seen = new HashSet<>();
        for (String f : fields) {
            requireName(f, setting);
            if (!seen.add(f)) throw new IllegalArgumentException("'" + setting + "' lists field '" + f + "' twice");
        }
        return List.copyOf(fields);
    }

    public static void requireName(String field, String setting) {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("'" + setting + "' contains an empty field name");
        }
    }

    /** Every key of {@code map} must be one of {@code fields}. */
    public static void requireKeysIn(java.util.Map<String, ?> map, List<String> fields, String setting) {
        for (String key : map.keySet()) {
            if (!fields.contains(key)) {
                throw new IllegalArgumentException("'" + setting + "' names field '" + key + "' which is not in 'fields' "
                        + fields + "; add it to fields or remove it from " + setting);
            }
        }
    }
}
