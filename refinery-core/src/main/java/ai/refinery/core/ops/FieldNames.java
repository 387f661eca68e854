package ai.refinery.core.ops;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks lists of field names given in configs. */
final class FieldNames {
    private FieldNames() {}

    /** An immutable copy of {@code fields}, which must be non-empty, without blanks or repeats. */
    static List<String> requireSome(List<String> fields, String setting) {
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("'" + setting + "' must list at least one field, e.g. " + setting + ": [text]");
        }
        return requireValid(fields, setting);
    }

    /** An immutable copy of {@code fields} (possibly empty), without blanks or repeats. */
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
}
