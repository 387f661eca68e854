package ai.refinery.text.normalize;

/**
 * Finds URLs and e-mail addresses with hand-written scanners instead of regular expressions, so
 * the cost stays linear on any input (no backtracking on long runs of dots or at-signs), and
 * replaces each by a placeholder (an empty one strips it).
 *
 * <p>A URL starts at {@code http://}, {@code https://}, {@code ftp://} or {@code www.} after a
 * non-word character and runs to whitespace or {@code < > " `}; trailing sentence punctuation and an
 * unbalanced closing bracket are not part of it. An address is {@code local@domain.tld} with the
 * RFC 5321 limits (64-character local part, 255-character domain) and a top-level domain of at
 * least two letters.
 */
final class LinkMasker {
    private static final String[] URL_STARTS = {"https://", "http://", "ftp://", "www."};
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 255;

    private LinkMasker() {}

    /** The text with every URL replaced by {@code placeholder}. */
    static String urls(String s, String placeholder) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < s.length()) {
            int end = urlAt(s, i);
            if (end < 0) {
                i++;
                continue;
            }
            if (out == null) out = new StringBuilder(s.length());
            out.append(s, copied, i).append(placeholder);
            copied = i = end;
        }
        if (out == null) return s;
        return out.append(s, copied, s.length()).toString();
    }

    /** The end of a URL starting at {@code i}, or -1. */
    private static int urlAt(String s, int i) {
        char c = s.charAt(i);
        if (c != 'h' && c != 'H' && c != 'f' && c != 'F' && c != 'w' && c != 'W') return -1;
        if (i > 0 && isWordChar(s.charAt(i - 1))) return -1;
        String start = null;
        for (String p : URL_STARTS) {
            if (s.regionMatches(true, i, p, 0, p.length())) {
                start = p;
                break;
            }
        }
        if (start == null) return -1;
        int j = i + start.length();
        while (j < s.length() && isUrlChar(s.charAt(j))) j++;
        j = trimTrailing(s, i + start.length(), j);
        return j > i + start.length() ? j : -1;
    }

    /** Drops trailing punctuation, and closing brackets without an opening one inside the URL (counted once: linear). */
    private static int trimTrailing(String s, int from, int end) {
        int[] balance = new int[3]; // (), [], {}
        for (int k = from; k < end; k++) {
            int b = bracket(s.charAt(k));
            if (b != 0) balance[Math.abs(b) - 1] += Integer.signum(b);
        }
        while (end > from) {
            char c = s.charAt(end - 1);
            int b = bracket(c);
            if (".,;:!?'\"*".indexOf(c) >= 0) {
                end--;
            } else if (b < 0 && balance[-b - 1] < 0) {
                balance[-b - 1]++;
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    /** 1, 2, 3 for an opening (, [, {; the negative for the closing one; else 0. */
    private static int bracket(char c) {
        switch (c) {
            case '(': return 1;
            case '[': return 2;
            case '{': return 3;
            case ')': return -1;
            case ']': return -2;
            case '}': return -3;
            default: return 0;
        }
    }

    private static boolean isUrlChar(char c) {
        return c > ' ' && c != '<' && c != '>' && c != '"' && c != '`' && c != 0x7F && !Character.isWhitespace(c)
                && !Character.isSpaceChar(c);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '/' || c == '.' || c == '@';
    }

    /** The text with every e-mail address replaced by {@code placeholder}. */
    static String emails(String s, String placeholder) {
        StringBuilder out = null;
        int copied = 0;
        int i = s.indexOf('@');
        while (i >= 0) {
            int start = i;
            int floor = Math.max(copied, i - MAX_LOCAL);
            while (start > floor && isLocalChar(s.charAt(start - 1))) start--;
            while (start < i && s.charAt(start) == '.') start++; // a local part does not start with a dot
            int end = domainEnd(s, i + 1);
            if (start < i && end > 0) {
                if (out == null) out = new StringBuilder(s.length());
                out.append(s, copied, start).append(placeholder);
                copied = end;
                i = s.indexOf('@', end);
            } else {
                i = s.indexOf('@', i + 1);
            }
        }
        if (out == null) return s;
        return out.append(s, copied, s.length()).toString();
    }

    /** The end of a domain with a dot and a top-level domain of two or more letters starting at {@code from}, or -1. */
    private static int domainEnd(String s, int from) {
        int limit = Math.min(s.length(), from + MAX_DOMAIN);
        int j = from;
        while (j < limit && isDomainChar(s.charAt(j))) j++;
        while (j > from && (s.charAt(j - 1) == '.' || s.charAt(j - 1) == '-')) j--;
        int tld = j;
        while (tld > from && isAsciiLetter(s.charAt(tld - 1))) tld--;
        if (j - tld < 2 || tld - 1 <= from || s.charAt(tld - 1) != '.') return -1;
        return j;
    }

    private static boolean isLocalChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || ".!#$%&'*+/=?^_{|}~-".indexOf(c) >= 0;
    }

    private static boolean isDomainChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
