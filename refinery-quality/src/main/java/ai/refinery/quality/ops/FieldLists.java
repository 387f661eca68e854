package ai.refinery.quality.ops;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the field names given in configs, with messages that say which setting to change. */
final class FieldLists {
    private FieldLists() {}

    /** An immutable copy of {@code fields}, which must be non-empty, without blanks or repeats. */
    static List<String> requireSome(List<String> fields, String setting) {
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("'" + setting + "' must list at least one field, e.g. " + setting + ": [age]");
        }
        return requireValid(fields, setting);
    }

    /** An immutable copy of {@code fields} (empty when null), without blanks or repeats. */
    static List<String> requireValid(List<String> fields, String setting) {
        if (fields == null) return List.of();
        Set<String> seen = new HashSet<>();
        for (String f : fields) {
            requireName(f, setting);
            if (!seen.add(f)) throw new IllegalArgumentException("'" + setting + "' lists field '" + f + "' twice");
        }
        return List.copyOf(fields);
    }

    static void requireName(String field, String setting) {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("'" + setting + "' contains an empty field name");
        }
    }

    /** Every key of {@code map} must be one of {@code fields}. */
    static void requireKeysIn(Map<String, ?> map, List<String> fields, String setting) {
        for (String key : map.keySet()) {
            if (!fields.contains(key)) {
                throw new IllegalArgumentException("'" + setting + "' names field '" + key + "' which is not in 'fields' "
                        + fields + "; add it to fields or remove it from " + setting);
            }
        }
    }
}
