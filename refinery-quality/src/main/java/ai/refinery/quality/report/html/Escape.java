package ai.refinery.quality.report.html;

/**
 * Escaping for text and attribute values of polyglot (XML-compatible) HTML. Record values are
 * untrusted, so besides the five markup characters this replaces everything an XML parser rejects
 * (C0 controls, lone surrogates, U+FFFE/U+FFFF) with visible stand-ins instead of failing.
 */
public final class Escape {
    private Escape() {}

    /** The text escaped for an element's content or a quoted attribute value. */
    public static String xml(String s) {
        if (s == null) return "";
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String rep = replacement(s, i, c);
            if (rep == null) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(n + 16).append(s, 0, i);
            if (rep.isEmpty()) { // a valid surrogate pair: copy both halves
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(rep);
            }
        }
        return out == null ? s : out.toString();
    }

    /** null to keep the char, "" for the first half of a valid surrogate pair, else its replacement. */
    private static String replacement(String s, int i, char c) {
        switch (c) {
            case '&': return "&amp;";
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '"': return "&quot;";
            case '\'': return "&#39;";
            case '\t': case '\n': case '\r': return null;
            default: break;
        }
        if (c < 0x20) return String.valueOf((char) (0x2400 + c)); // U+2400 control pictures: show, don't hide
        if (c == 0x7F) return "\u2421";
        if (c >= 0x80 && c <= 0x9F) return "\uFFFD"; // C1 controls: an HTML parse error
        if (c == 0xFFFE || c == 0xFFFF) return "\uFFFD";
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? "" : "\uFFFD";
        }
        if (Character.isLowSurrogate(c)) return "\uFFFD"; // a low half without its high half
        return null;
    }
}
