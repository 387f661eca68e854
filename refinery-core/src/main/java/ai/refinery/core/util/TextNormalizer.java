package ai.refinery.core.util;

import java.util.Locale;

/** Text normalizations used when comparing values loosely (dedup keys, matching). */
public final class TextNormalizer {
    private TextNormalizer() {}

    /**
     * Case folding: upper- then lower-casing in the root locale, so that e.g. "STRASSE" and
     * "Straße" fold alike, which plain lower-casing does not do.
     */
    public static String foldCase(String s) {
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Trims and turns every run of whitespace (including no-break spaces) into one space. */
    public static String collapseWhitespace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) sb.append(' ');
                pendingSpace = false;
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }
}
