package ai.refinery.text.normalize;

/**
 * Removes characters that carry no text: C0 and C1 controls (tab and newline kept), DEL, unpaired
 * surrogates (which cannot be written as UTF-8) and the noncharacters U+FFFE / U+FFFF. Line ends
 * become \n: CRLF and a lone CR (old Mac files) alike, so no line is lost.
 */
final class ControlCharacters {
    private ControlCharacters() {}

    static String apply(String s) {
        int i = 0;
        while (i < s.length() && keeps(s, i)) i++;
        if (i == s.length()) return s;
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
            } else if (keeps(s, i)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean keeps(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c < 0x7F) return true;
        if (c == '\n' || c == '\t') return true;
        if (c < 0x20 || c <= 0x9F) return false; // C0, DEL and C1
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        return c != '\uFFFE' && c != '\uFFFF';
    }
}
