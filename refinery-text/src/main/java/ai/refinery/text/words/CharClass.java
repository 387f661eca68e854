package ai.refinery.text.words;

/**
 * What a code point is for word splitting. Decided from the Unicode general category alone (no
 * locale), so the same text always splits the same way.
 *
 * <ul>
 *   <li><b>space</b>: white space (including no-break spaces) and control characters;</li>
 *   <li><b>symbol</b>: punctuation (including the connector {@code _}), symbols (math, currency,
 *       emoji) and lone surrogates (invalid UTF-16);</li>
 *   <li><b>word</b>: everything else: letters, digits, combining marks, format characters
 *       such as the zero-width joiner, private-use and unassigned code points.</li>
 * </ul>
 */
public final class CharClass {
    public static final int SPACE = 0;
    public static final int WORD = 1;
    public static final int SYMBOL = 2;

    private CharClass() {}

    /** {@link #SPACE}, {@link #WORD} or {@link #SYMBOL}. */
    public static int of(int cp) {
        if (cp < 0x80) return ASCII[cp];
        if (isSpace(cp)) return SPACE;
        return isSymbolType(Character.getType(cp)) ? SYMBOL : WORD;
    }

    /** White space, a no-break space or a control character. */
    public static boolean isSpace(int cp) {
        if (cp < 0x80) return ASCII[cp] == SPACE;
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp);
    }

    /** A line break as Python's {@code str.splitlines} knows them (CR LF counts once, by the caller). */
    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E)
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** A letter (Unicode categories L*), as Python's {@code str.isalpha}. */
    public static boolean isLetter(int cp) {
        if (cp < 0x80) return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
        return Character.isLetter(cp);
    }

    /** A letter or a digit, as Python's {@code str.isalnum} for one character. */
    public static boolean isAlphanumeric(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.LETTER_NUMBER
                || Character.getType(cp) == Character.OTHER_NUMBER;
    }

    /** An apostrophe, hyphen or full stop, which stays inside a word between word characters ("don't", "e-mail", "3.14"). */
    static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '-' || cp == '.' || cp == '\u2019' || cp == '\u2010' || cp == '\u2011';
    }

    /** An emoji or other pictographic symbol, which is a token of its own even next to another. */
    static boolean isStandaloneSymbol(int cp) {
        return cp >= 0x80 && Character.getType(cp) == Character.OTHER_SYMBOL;
    }

    private static boolean isSymbolType(int type) {
        return type == Character.SURROGATE || isPunctuationOrSymbol(type);
    }

    /** Whether a {@link Character#getType} category is punctuation (connector, dash, brackets, quotes, other) or a symbol (math, currency, modifier, other). */
    public static boolean isPunctuationOrSymbol(int type) {
        switch (type) {
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
            case Character.MATH_SYMBOL:
            case Character.CURRENCY_SYMBOL:
            case Character.MODIFIER_SYMBOL:
            case Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            if (c <= 0x20 || c == 0x7F) ASCII[c] = SPACE;
            else if (Character.isLetterOrDigit(c)) ASCII[c] = WORD;
            else ASCII[c] = SYMBOL;
        }
    }

    /** The share of {@code text}'s code points that satisfy {@code test}; 0 for an empty text. */
    public static double share(String text, java.util.function.IntPredicate test) {
        long all = 0;
        long hits = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            all++;
            if (test.test(cp)) hits++;
        }
        return all == 0 ? 0 : (double) hits / all;
    }
}
