package ai.refinery.core.io.csv;

/** Parses the {@code delimiter} and {@code quote} options shared by the CSV source and sink. */
final class CsvChars {
    private CsvChars() {}

    /**
     * The delimiter as written in a recipe. A tab is hard to type in YAML, so {@code tab} and the
     * two characters {@code \t} (single-quoted YAML keeps the backslash) both mean a tab.
     */
    static String delimiter(String option) {
        if (option == null) return null;
        if (option.equals("tab") || option.equals("\\t")) return "\t";
        if (option.isEmpty()) throw new IllegalArgumentException("delimiter must not be empty");
        if (option.indexOf('\n') >= 0 || option.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("delimiter must not contain a line break");
        }
        return option;
    }

    /** The quote character, or null when quoting is off (an empty {@code quote}). */
    static Character quote(String option) {
        if (option == null || option.isEmpty()) return null;
        if (option.length() != 1) {
            throw new IllegalArgumentException("quote must be a single character or empty, got '" + option + "'");
        }
        char c = option.charAt(0);
        if (c == '\n' || c == '\r') throw new IllegalArgumentException("quote must not be a line break");
        return c;
    }

    static void checkDistinct(String delimiter, Character quote) {
        if (delimiter != null && quote != null && delimiter.indexOf(quote) >= 0) {
            throw new IllegalArgumentException("delimiter '" + printable(delimiter) + "' must not contain the quote character '" + quote + "'");
        }
    }

    static String printable(String s) {
        return s.replace("\t", "\\t");
    }
}
