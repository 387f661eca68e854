package ai.refinery.core.io.csv;

import ai.refinery.core.config.Suggestions;
import ai.refinery.core.io.BadRecordException;
import ai.refinery.core.record.FieldType;
import ai.refinery.core.record.Record;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the cells of one row into a record: names from the header, types from the options. Immutable. */
final class RowDecoder {
    /**
     * Stands for bytes that are not UTF-8 (the reader's decoder puts it in their place). U+FFFF is
     * a noncharacter, not expected in text, unlike U+FFFD, which files may legitimately contain.
     */
    static final char INVALID_UTF8 = '\uFFFF';

    private final String[] names;
    private final FieldType[] types;
    private final Set<String> nullValues;
    private final boolean trim;

    private RowDecoder(String[] names, FieldType[] types, Set<String> nullValues, boolean trim) {
        this.names = names;
        this.types = types;
        this.nullValues = nullValues;
        this.trim = trim;
    }

    /**
     * @param names column names in file order; empty ones become {@code col_<n>}
     * @throws IllegalArgumentException on duplicate names or a typed column that does not exist
     */
    static RowDecoder of(List<String> names, CsvSource.Options options) {
        String[] cols = new String[names.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < cols.length; i++) {
            String n = names.get(i);
            if (n.indexOf(INVALID_UTF8) >= 0) throw new IllegalArgumentException("the name of column " + (i + 1) + " is not valid UTF-8");
            if (options.trim()) n = n.strip();
            cols[i] = n.isEmpty() ? generatedName(i) : n;
            Integer before = seen.put(cols[i], i);
            if (before != null) {
                // Two fields of one name cannot both live in a record: one would be lost.
                throw new IllegalArgumentException("column name '" + cols[i] + "' appears twice (columns "
                        + (before + 1) + " and " + (i + 1) + "); rename one in the header or set 'columns'");
            }
        }
        FieldType[] types = new FieldType[cols.length];
        for (Map.Entry<String, FieldType> e : options.types().entrySet()) {
            Integer at = seen.get(e.getKey());
            if (at == null) {
                throw new IllegalArgumentException("types names column '" + e.getKey() + "' which the file does not have"
                        + Suggestions.didYouMean(e.getKey(), seen.keySet()) + "; columns: " + String.join(", ", cols));
            }
            types[at] = e.getValue() == FieldType.STRING ? null : e.getValue();
        }
        return new RowDecoder(cols, types, new HashSet<>(options.nullValues()), options.trim());
    }

    /** Columns of a file without header: col_1, col_2, ... */
    static List<String> generatedNames(int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(generatedName(i));
        return out;
    }

    private static String generatedName(int index) {
        return "col_" + (index + 1);
    }

    int width() {
        return names.length;
    }

    Record decode(String[] cells, String id) throws BadRecordException {
        if (cells.length != names.length) {
            throw new BadRecordException("expected " + columns(names.length) + " but found " + cells.length);
        }
        Record.Builder b = Record.builder(id);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].indexOf(INVALID_UTF8) >= 0) throw new BadRecordException("column '" + names[i] + "': invalid UTF-8");
            String cell = trim ? cells[i].strip() : cells[i];
            b.set(names[i], nullValues.contains(cell) ? null : CellParser.parse(names[i], cell, types[i]));
        }
        return b.build();
    }

    private static String columns(int n) {
        return n == 1 ? "1 column" : n + " columns";
    }
}
