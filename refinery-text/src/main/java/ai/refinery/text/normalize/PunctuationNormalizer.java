package ai.refinery.text.normalize;

/**
 * Typographic punctuation to its plain form, as most training corpora are written: curly and prime
 * quotes to ' and ", the dashes and the minus sign to -, the ellipsis character to "...", Unicode
 * spaces (non-breaking, thin, ideographic, ...) to a space, line and paragraph separators to a
 * newline. Zero-width spaces, word joiners, byte order marks and soft hyphens are removed; the
 * zero-width (non-)joiners are kept, as Persian, Indic scripts and emoji sequences need them.
 * Guillemets and CJK brackets are left alone: they are not variants of ASCII quotes in their languages.
 */
final class PunctuationNormalizer {
    private PunctuationNormalizer() {}

    static String apply(String s) {
        int i = 0;
        while (i < s.length() && replacement(s.charAt(i)) == null) i++;
        if (i == s.length()) return s;
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = replacement(c);
            if (r == null) out.append(c);
            else out.append(r);
        }
        return out.toString();
    }

    /** What a character becomes, or null to keep it. */
    private static String replacement(char c) {
        if (c < 0xA0) return null; // the common case: ASCII and C1
        switch (c) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u2035':
                return "'";
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u2036':
                return "\"";
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                return "-";
            case '\u2026':
                return "...";
            case '\u00A0': case '\u1680': case '\u2000': case '\u2001': case '\u2002': case '\u2003': case '\u2004':
            case '\u2005': case '\u2006': case '\u2007': case '\u2008': case '\u2009': case '\u200A': case '\u202F':
            case '\u205F': case '\u3000':
                return " ";
            case '\u2028': case '\u2029':
                return "\n";
            case '\u200B': case '\u2060': case '\uFEFF': case '\u00AD': case '\u180E':
                return "";
            default:
                return null;
        }
    }
}
