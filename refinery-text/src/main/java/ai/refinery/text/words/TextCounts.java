package ai.refinery.text.words;

/** Counting helpers over whole texts, each one linear pass. */
public final class TextCounts {
    private TextCounts() {}

    /** Length in code points (a lone surrogate counts as one), as Python's {@code len(str)}. */
    public static int codePoints(CharSequence s) {
        return Character.codePointCount(s, 0, s.length());
    }

    /** Occurrences of char {@code c}. */
    public static int count(CharSequence s, char c) {
        int k = 0;
        for (int i = 0, n = s.length(); i < n; i++) if (s.charAt(i) == c) k++;
        return k;
    }

    /** Non-overlapping occurrences of {@code needle}, left to right, as Python's {@code str.count}. */
    public static int count(CharSequence s, String needle) {
        int k = 0;
        int m = needle.length();
        char first = needle.charAt(0);
        for (int i = 0, last = s.length() - m; i <= last; i++) {
            if (s.charAt(i) == first && matchesAt(s, i, needle, false)) {
                k++;
                i += m - 1;
            }
        }
        return k;
    }

    /**
     * Whether {@code s} contains {@code needle} ignoring the case of ASCII letters; {@code needle} is
     * lower-case ASCII. Costs at most {@code s.length() × needle.length()} comparisons.
     */
    public static boolean containsIgnoreCase(CharSequence s, int from, int to, String needle) {
        for (int i = from, last = to - needle.length(); i <= last; i++) {
            if (matchesAt(s, i, needle, true)) return true;
        }
        return false;
    }

    /** Whether {@code s} contains {@code needle} ignoring ASCII case. */
    public static boolean containsIgnoreCase(CharSequence s, String needle) {
        return containsIgnoreCase(s, 0, s.length(), needle);
    }

    private static boolean matchesAt(CharSequence s, int at, String needle, boolean foldAscii) {
        for (int k = 0; k < needle.length(); k++) {
            char c = s.charAt(at + k);
            if (foldAscii && c >= 'A' && c <= 'Z') c = (char) (c + 32);
            if (c != needle.charAt(k)) return false;
        }
        return true;
    }
}
