package ai.refinery.text.dedup.minhash;

import ai.refinery.text.words.CharClass;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The text normalization applied before shingling, as datatrove's {@code simplify_text} with its
 * default {@code TextNormConfig} does it: lowercase, every run of decimal digits becomes one
 * {@code 0} ({@code \d+ -> "0"}), punctuation and symbols become a space, diacritics are stripped
 * (NFD, then combining marks, category Mn, dropped), and whitespace runs collapse to one space with
 * none at either end.
 *
 * <p>Done in one pass over the chars with a 64 Ki-entry table for the Basic Multilingual Plane,
 * built once from {@link Character} and {@link Normalizer}; supplementary code points (surrogate
 * pairs) take a slower exact path, and a lone surrogate counts as a separator. Small deliberate
 * departures from the Python code, all in the direction of "more text counts as equal": control
 * characters (Cc) are separators and invisible format characters (Cf: soft hyphen, zero-width
 * space and joiners, BOM) are dropped, and symbols (S*) count as punctuation.
 */
public final class DedupText {

    private static final byte KEEP = 0;      // emit MAPPED[c]
    private static final byte SEPARATOR = 1; // whitespace, punctuation, symbols, controls
    private static final byte DIGIT = 2;     // a run of them emits one '0'
    private static final byte DROP = 3;      // combining marks, format characters
    private static final byte EXPAND = 4;    // lowercase + NFD gives several chars: EXPANDED[c]

    private static final byte[] KIND = new byte[65536];
    private static final char[] MAPPED = new char[65536];
    private static final String[] EXPANDED = new String[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            if (Character.isSurrogate((char) c)) {
                KIND[c] = SEPARATOR; // only reached for a lone surrogate
                continue;
            }
            byte kind = classify(c);
            KIND[c] = kind;
            if (kind == KEEP) {
                String folded = foldLetter(c);
                if (folded.length() == 1) {
                    MAPPED[c] = folded.charAt(0);
                } else if (folded.isEmpty()) {
                    KIND[c] = DROP;
                } else {
                    KIND[c] = EXPAND;
                    EXPANDED[c] = folded;
                }
            }
        }
    }

    private DedupText() {
    }

    private static byte classify(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return SEPARATOR;
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || CharClass.isPunctuationOrSymbol(type)) return SEPARATOR;
        switch (type) {
            case Character.DECIMAL_DIGIT_NUMBER:
                return DIGIT;
            case Character.NON_SPACING_MARK:
            case Character.FORMAT:
                return DROP;
            default:
                return KEEP;
        }
    }

    /** Lowercase, NFD, drop the combining marks: the letter path, for one code point. */
    private static String foldLetter(int cp) {
        String lower = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
        String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); ) {
            int c = nfd.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) != Character.NON_SPACING_MARK && Character.getType(c) != Character.FORMAT) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** The normalized form of {@code text} ({@code ""} for null or blank text). */
    public static String normalize(CharSequence text) {
        Buffer buffer = new Buffer();
        normalize(text, buffer);
        return new String(buffer.chars, 0, buffer.length);
    }

    /**
     * Normalizes {@code text} into {@code out} (reused across calls to spare allocations): words
     * separated by single spaces, no space at either end.
     */
    public static void normalize(CharSequence text, Buffer out) {
        int n = text == null ? 0 : text.length();
        out.length = 0;
        out.ensure(n + 16);
        char[] buf = out.chars;
        int len = 0;
        boolean space = false;  // a separator is pending since the last emitted char
        boolean digits = false; // the last emitted char is the '0' of a digit run
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            byte kind = KIND[c];
            String expanded = null;
            char single = MAPPED[c];
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                kind = classify(cp);
                if (kind == KEEP) {
                    expanded = foldSupplementary(cp);
                    kind = expanded.isEmpty() ? DROP : EXPAND;
                }
            } else if (kind == EXPAND) {
                expanded = EXPANDED[c];
            }
            switch (kind) {
                case SEPARATOR:
                    space = true;
                    digits = false;
                    break;
                case DROP:
                    break;
                case DIGIT:
                    if (!digits) {
                        if (len + 2 >= buf.length) {
                            buf = out.grow(len, 2);
                        }
                        if (space && len > 0) {
                            buf[len++] = ' ';
                        }
                        buf[len++] = '0';
                        digits = true;
                        space = false;
                    }
                    break;
                default:
                    int need = kind == KEEP ? 1 : expanded.length();
                    if (len + need + 1 >= buf.length) {
                        buf = out.grow(len, need + 1);
                    }
                    if (space && len > 0) {
                        buf[len++] = ' ';
                    }
                    if (kind == KEEP) {
                        buf[len++] = single;
                    } else {
                        expanded.getChars(0, need, buf, len);
                        len += need;
                    }
                    space = false;
                    digits = false;
            }
        }
        out.length = len;
    }

    private static String foldSupplementary(int cp) {
        int lower = Character.toLowerCase(cp);
        String s = new String(Character.toChars(lower));
        // Almost every supplementary letter is its own NFD; the exact path is for the few that are not.
        return Normalizer.isNormalized(s, Normalizer.Form.NFD) ? s : foldLetter(lower);
    }

    /** A reusable char buffer receiving normalized text. Not thread-safe: one per thread. */
    public static final class Buffer {
        char[] chars = new char[256];
        int length;

        /** The number of chars written by the last {@link DedupText#normalize(CharSequence, Buffer)}. */
        public int length() {
            return length;
        }

        /** The normalized text of the last call, as a string. */
        @Override
        public String toString() {
            return new String(chars, 0, length);
        }

        void ensure(int capacity) {
            if (chars.length < capacity) {
                chars = new char[Math.max(capacity, chars.length * 2)];
            }
        }

        char[] grow(int used, int extra) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + extra + 16));
            return chars;
        }
    }
}
