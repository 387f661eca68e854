package ai.refinery.text.normalize;

/**
 * Tidies spaces and lines in one pass: runs of spaces and tabs become one space (a lone tab, which
 * may separate columns, is kept), lines lose the spaces at their ends, runs of blank lines are cut
 * to at most {@code maxBlankLines}, and the text loses blank lines at its start and end.
 */
final class WhitespaceCleaner implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean collapse;
    private final boolean trimLines;
    private final int maxBlankLines;

    /** @param maxBlankLines negative for no limit */
    WhitespaceCleaner(boolean collapse, boolean trimLines, int maxBlankLines) {
        this.collapse = collapse;
        this.trimLines = trimLines;
        this.maxBlankLines = maxBlankLines;
    }

    String apply(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int blanks = 0;
        boolean any = false;
        int start = 0;
        while (start <= s.length()) {
            int end = s.indexOf('\n', start);
            if (end < 0) end = s.length();
            int from = start;
            int to = end;
            if (trimLines) {
                while (from < to && isSpace(s.charAt(from))) from++;
                while (to > from && isSpace(s.charAt(to - 1))) to--;
            }
            boolean blank = isBlank(s, from, to);
            if (blank && (trimLines || from == to)) {
                blanks++;
            } else {
                if (any) {
                    int keep = maxBlankLines < 0 ? blanks : Math.min(blanks, maxBlankLines);
                    out.append('\n');
                    for (int k = 0; k < keep; k++) out.append('\n');
                }
                appendLine(out, s, from, to);
                any = true;
                blanks = 0;
            }
            start = end + 1;
        }
        String r = out.toString();
        return r.equals(s) ? s : r;
    }

    private void appendLine(StringBuilder out, String s, int from, int to) {
        if (!collapse) {
            out.append(s, from, to);
            return;
        }
        int i = from;
        while (i < to) {
            int word = i;
            while (i < to && !isSpace(s.charAt(i))) i++;
            out.append(s, word, i); // whole runs: much faster than char by char
            if (i == to) break;
            int j = i;
            while (j < to && isSpace(s.charAt(j))) j++;
            out.append(j - i == 1 ? s.charAt(i) : ' ');
            i = j;
        }
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) if (!isSpace(s.charAt(i))) return false;
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
