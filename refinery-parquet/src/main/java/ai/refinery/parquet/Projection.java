package ai.refinery.parquet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * The top-level columns to read. Parquet is given them in file order (only their column chunks
 * are read); rows come out in the order the {@code columns} option lists them.
 *
 * @param names output column names in output order
 * @param slots for each field of {@code requested}, its position in the output
 */
record Projection(MessageType requested, String[] names, int[] slots) {

    static Projection of(MessageType file, List<String> columns, String fileLabel) {
        if (columns.isEmpty()) {
            String[] names = new String[file.getFieldCount()];
            int[] slots = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                names[i] = file.getFieldName(i);
                slots[i] = i;
            }
            return new Projection(file, names, slots);
        }
        Set<String> seen = new HashSet<>();
        for (String c : columns) {
            if (!file.containsField(c)) {
                throw new IllegalArgumentException("parquet file " + fileLabel + " has no column '" + c
                        + "'; its columns are: " + String.join(", ", fieldNames(file)));
            }
            if (!seen.add(c)) throw new IllegalArgumentException("columns: '" + c + "' is listed twice");
        }
        List<Type> fields = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (Type t : file.getFields()) {
            int at = columns.indexOf(t.getName());
            if (at >= 0) {
                fields.add(t);
                slots.add(at);
            }
        }
        return new Projection(new MessageType(file.getName(), fields), columns.toArray(new String[0]),
                slots.stream().mapToInt(Integer::intValue).toArray());
    }

    private static List<String> fieldNames(MessageType t) {
        List<String> names = new ArrayList<>();
        for (Type f : t.getFields()) names.add(f.getName());
        return names;
    }
}
