package ai.refinery.text.extract;

/**
 * Lays out text as a browser's "copy as text" would: runs of whitespace inside flowing text become
 * one space, block boundaries become line breaks (at most one blank line), and no line starts or
 * ends with a space. Breaks are kept pending until more text comes, so none pile up at the ends.
 */
final class PlainTextBuilder {
    private final StringBuilder out = new StringBuilder();
    private int pendingBreaks;
    private boolean pendingSpace;

    /** Flowing text: whitespace runs collapse to one space (HTML's white-space: normal). */
    void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                pendingSpace = true;
            } else {
                flushPending();
                out.append(c);
            }
        }
    }

    /** Preformatted text: kept as is, its newlines included (but CRs dropped). */
    void preformatted(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') continue;
            flushPending();
            out.append(c);
        }
    }

    /** A word boundary without a line break (between table cells). */
    void space() {
        pendingSpace = true;
    }

    /** Ends the line ({@code blankLine}: and leaves an empty line, as between paragraphs). */
    void lineBreak(boolean blankLine) {
        pendingBreaks = Math.max(pendingBreaks, blankLine ? 2 : 1);
    }

    /** A {@code <br>}: each one ends a line, so two in a row leave an empty line. */
    void hardBreak() {
        pendingBreaks = Math.min(2, pendingBreaks + 1);
    }

    private void flushPending() {
        if (out.length() == 0) {
            pendingBreaks = 0;
            pendingSpace = false;
            return;
        }
        if (pendingBreaks > 0) {
            trimTrailingSpaces();
            int have = 0; // preformatted text may already end in newlines
            while (have < out.length() && out.charAt(out.length() - 1 - have) == '\n') have++;
            for (int i = have; i < pendingBreaks; i++) out.append('\n');
        } else if (pendingSpace) {
            char last = out.charAt(out.length() - 1);
            if (last != ' ' && last != '\n') out.append(' ');
        }
        pendingBreaks = 0;
        pendingSpace = false;
    }

    private void trimTrailingSpaces() {
        int n = out.length();
        while (n > 0 && (out.charAt(n - 1) == ' ' || out.charAt(n - 1) == '\t')) n--;
        out.setLength(n);
    }

    @Override
    public String toString() {
        trimTrailingSpaces();
        return out.toString();
    }
}
