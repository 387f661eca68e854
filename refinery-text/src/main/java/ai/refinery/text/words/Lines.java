package ai.refinery.text.words;

import java.util.Arrays;

/**
 * The lines and paragraphs of a text, found in one pass.
 *
 * <ul>
 *   <li>A line ends at a line break: LF, CR, CR LF (once), VT, FF, U+001C–U+001E, NEL, U+2028
 *       or U+2029 (those of Python's {@code str.splitlines}).</li>
 *   <li>A line is <b>blank</b> when it holds only white space; blank lines are not counted as
 *       lines. Each line is kept as its span without the white space at its ends.</li>
 *   <li>A <b>paragraph</b> is a maximal run of non-blank lines: paragraphs are separated by one or
 *       more blank lines. Its span runs from its first line's start to its last line's end, line
 *       breaks included.</li>
 * </ul>
 */
public final class Lines {
    private final CharSequence text;
    private int[] starts;
    private int[] ends;
    private int[] paragraphFirstLine;
    private int size;
    private int paragraphs;
    private int newlines;

    private Lines(CharSequence text) {
        this.text = text;
        int guess = Math.max(8, Math.min(text.length() / 40, 1 << 16));
        starts = new int[guess];
        ends = new int[guess];
        paragraphFirstLine = new int[guess];
    }

    public static Lines of(CharSequence text) {
        Lines l = new Lines(text);
        l.split();
        return l;
    }

    private void split() {
        CharSequence s = text;
        int n = s.length();
        boolean afterBlank = true;
        int i = 0;
        while (i < n) {
            int lineStart = i;
            while (i < n && !CharClass.isLineBreak(s.charAt(i))) i++;
            int lineEnd = i;
            if (i < n) {
                char c = s.charAt(i);
                if (c == '\n') newlines++;
                i++;
                if (c == '\r' && i < n && s.charAt(i) == '\n') {
                    newlines++;
                    i++;
                }
            }
            int a = lineStart;
            int b = lineEnd;
            while (a < b && CharClass.isSpace(s.charAt(a))) a++;
            while (b > a && CharClass.isSpace(s.charAt(b - 1))) b--;
            if (a == b) {
                afterBlank = true;
                continue;
            }
            if (afterBlank) addParagraph();
            afterBlank = false;
            add(a, b);
        }
    }

    private void add(int start, int end) {
        if (size == starts.length) {
            int cap = size * 2;
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    private void addParagraph() {
        if (paragraphs == paragraphFirstLine.length) paragraphFirstLine = Arrays.copyOf(paragraphFirstLine, paragraphs * 2);
        paragraphFirstLine[paragraphs++] = size;
    }

    /** Number of non-blank lines. */
    public int size() {
        return size;
    }

    /** Start of line {@code i} (after leading white space). */
    public int start(int i) {
        return starts[i];
    }

    /** End of line {@code i} (before trailing white space). */
    public int end(int i) {
        return ends[i];
    }

    /** Length of line {@code i} in code points, without the white space at its ends. */
    public int length(int i) {
        return Character.codePointCount(text, starts[i], ends[i]);
    }

    /** Number of paragraphs. */
    public int paragraphCount() {
        return paragraphs;
    }

    /** Start of paragraph {@code p}. */
    public int paragraphStart(int p) {
        return starts[paragraphFirstLine[p]];
    }

    /** End of paragraph {@code p}. */
    public int paragraphEnd(int p) {
        int last = p + 1 < paragraphs ? paragraphFirstLine[p + 1] - 1 : size - 1;
        return ends[last];
    }

    /** Number of LF characters in the text (datatrove's {@code text.count("\n")}). */
    public int newlineCount() {
        return newlines;
    }

    /** Whether line {@code i} starts with {@code prefix}. */
    public boolean startsWith(int i, String prefix) {
        int s = starts[i];
        return ends[i] - s >= prefix.length() && regionEquals(s, prefix);
    }

    /** Whether line {@code i} ends with {@code suffix}. */
    public boolean endsWith(int i, String suffix) {
        int s = ends[i] - suffix.length();
        return s >= starts[i] && regionEquals(s, suffix);
    }

    /** The last code point of line {@code i}. */
    public int lastCodePoint(int i) {
        return Character.codePointBefore(text, ends[i]);
    }

    /** The first code point of line {@code i}. */
    public int firstCodePoint(int i) {
        return Character.codePointAt(text, starts[i]);
    }

    private boolean regionEquals(int at, String s) {
        for (int k = 0; k < s.length(); k++) if (text.charAt(at + k) != s.charAt(k)) return false;
        return true;
    }
}
