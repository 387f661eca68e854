package ai.refinery.core.io.csv;

import ai.refinery.core.io.BadRecordException;
import ai.refinery.core.record.FieldType;

/**
 * Converts cell text to a typed value. Stricter than {@link Long#parseLong} and
 * {@link Double#parseDouble}: those accept non-ASCII digits, surrounding blanks and suffixes like
 * {@code 1.5f}, which in a data file are more likely mistakes than numbers.
 */
final class CellParser {
    private static final int MAX_SHOWN = 80;

    private CellParser() {}

    static Object parse(String column, String cell, FieldType type) throws BadRecordException {
        if (type == null) return cell;
        switch (type) {
            case LONG: return toLong(column, cell);
            case DOUBLE: return toDouble(column, cell);
            case BOOLEAN: return toBoolean(column, cell);
            default: return cell;
        }
    }

    private static Long toLong(String column, String cell) throws BadRecordException {
        if (!isInteger(cell)) throw notA(column, cell, "a long");
        try {
            return Long.parseLong(cell);
        } catch (NumberFormatException e) {
            throw new BadRecordException(prefix(column, cell) + " is out of range for a long");
        }
    }

    private static boolean isInteger(String s) {
        int start = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        if (start == s.length()) return false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private static Double toDouble(String column, String cell) throws BadRecordException {
        Double special = special(cell);
        if (special != null) return special;
        if (!isDecimal(cell)) throw notA(column, cell, "a double");
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw notA(column, cell, "a double");
        }
    }

    /** Plain decimal or scientific notation; the exact grammar is left to {@link Double#parseDouble}. */
    private static boolean isDecimal(String s) {
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') digit = true;
            else if (c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-') return false;
        }
        return digit;
    }

    /** NaN and infinities as Java, Python and spreadsheets write them. */
    private static Double special(String s) {
        String body = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        boolean negative = s.startsWith("-");
        if (body.equalsIgnoreCase("nan")) return Double.NaN;
        if (body.equalsIgnoreCase("inf") || body.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return null;
    }

    private static Boolean toBoolean(String column, String cell) throws BadRecordException {
        if (cell.equalsIgnoreCase("true")) return Boolean.TRUE;
        if (cell.equalsIgnoreCase("false")) return Boolean.FALSE;
        throw new BadRecordException(prefix(column, cell) + " is not a boolean (expected true or false)");
    }

    private static BadRecordException notA(String column, String cell, String what) {
        return new BadRecordException(prefix(column, cell) + " is not " + what);
    }

    private static String prefix(String column, String cell) {
        String shown = cell.length() > MAX_SHOWN ? cell.substring(0, MAX_SHOWN) + "..." : cell;
        return "column '" + column + "': '" + shown + "'";
    }
}
