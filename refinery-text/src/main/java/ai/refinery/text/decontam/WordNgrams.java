package ai.refinery.text.decontam;

import ai.refinery.core.util.Hashing;
import java.text.Normalizer;

/**
 * Splits a text into words and hashes every run of {@code n} consecutive words to 64 bits, in one
 * pass and without building the word list (a 100 MB document costs no more than its own bytes).
 *
 * <p>With {@code normalize}, the text is first put in Unicode NFKC (full-width letters, ligatures
 * and the like become their plain forms), every letter is lower-cased, punctuation and symbols
 * (Unicode categories P* and S*: {@code . , ' " - ( ) $ + = ...}) are deleted, not turned into spaces,
 * so "don't" is {@code dont} and "well-known" {@code wellknown}, as GPT-3's decontamination did;
 * and any run of white space or control characters separates words. Without it, words are the runs
 * of non-white-space characters, compared exactly. Scripts written without spaces (Chinese,
 * Japanese, Thai) give one "word" per run between spaces, so they match only on long identical spans.
 *
 * <p>Each word hashes to 64 bits (FNV-1a over its code points, then MurmurHash3's finalizer); an
 * n-gram's hash is the polynomial {@code sum w_i * B^(n-1-i)} over its word hashes modulo 2^64,
 * updated in O(1) as the window slides, and finalized again. A false match needs two 64-bit values to
 * collide: with 10^8 eval n-grams, about 10^8 / 2^64 = 5e-12 per checked n-gram.
 */
final class WordNgrams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final long BASE = 0x9E3779B97F4A7C15L; // odd: multiplication by it is invertible mod 2^64
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** Receives each n-gram: its hash and the char range it spans in the (NFKC) text; false stops. */
    interface Visitor {
        boolean accept(long hash, String text, int start, int end);
    }

    private final int n;
    private final boolean normalize;
    private final long topPower; // BASE^(n-1)

    WordNgrams(int n, boolean normalize) {
        this.n = n;
        this.normalize = normalize;
        long p = 1;
        for (int i = 1; i < n; i++) p *= BASE;
        this.topPower = p;
    }

    /** The text the char ranges given to a visitor refer to. */
    String prepare(String text) {
        if (!normalize || Normalizer.isNormalized(text, Normalizer.Form.NFKC)) return text;
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /**
     * Visits the n-grams of {@code prepared} (from {@link #prepare}) in order.
     *
     * @return the number of words
     */
    long visit(String prepared, Visitor visitor) {
        long[] ring = new long[n];
        int[] starts = new int[n];
        long words = 0;
        long window = 0;
        long word = FNV_OFFSET;
        boolean inWord = false;
        int wordStart = 0;
        int len = prepared.length();
        for (int i = 0; i <= len; ) {
            int cp = i < len ? prepared.codePointAt(i) : ' ';
            int next = i + Character.charCount(cp);
            if (isSeparator(cp)) {
                if (inWord) {
                    long h = Hashing.fmix64(word);
                    int slot = (int) (words % n);
                    window = words >= n ? (window - ring[slot] * topPower) * BASE + h : window * BASE + h;
                    ring[slot] = h;
                    starts[slot] = wordStart;
                    words++;
                    if (words >= n && !visitor.accept(Hashing.fmix64(window), prepared, starts[(int) (words % n)], i)) return words;
                    inWord = false;
                    word = FNV_OFFSET;
                }
            } else if (!(normalize && isPunctuationOrSymbol(cp))) {
                if (!inWord) {
                    inWord = true;
                    wordStart = i;
                }
                int c = normalize ? Character.toLowerCase(cp) : cp;
                word = (word ^ c) * FNV_PRIME;
            }
            i = next;
        }
        return words;
    }

    /** The words of {@code prepared[start, end)} as compared (lower-cased, without punctuation), space-separated. */
    String show(String prepared, int start, int end) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = start; i < end; ) {
            int cp = prepared.codePointAt(i);
            i += Character.charCount(cp);
            if (isSeparator(cp)) {
                space = sb.length() > 0;
            } else if (!(normalize && isPunctuationOrSymbol(cp))) {
                if (space) sb.append(' ');
                space = false;
                sb.appendCodePoint(normalize ? Character.toLowerCase(cp) : cp);
            }
        }
        return sb.toString();
    }

    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp);
    }

    private static boolean isPunctuationOrSymbol(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }
}
