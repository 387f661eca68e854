package ai.refinery.text.words;

import java.util.Arrays;

/**
 * A text split into tokens in one left-to-right pass with one code point of look-ahead (no regex,
 * no backtracking). White space and control characters separate tokens and belong to none.
 *
 * <ul>
 *   <li>A <b>word</b> is a maximal run of word characters ({@link CharClass#WORD}: letters, digits,
 *       marks), where an apostrophe, hyphen or full stop between two word characters stays inside
 *       ({@code don't}, {@code e-mail}, {@code 3.14}, {@code www.example.com}).</li>
 *   <li>A <b>symbol-only token</b> is a maximal run of punctuation and symbols ({@code ,},
 *       {@code ...}, {@code ?!}, {@code ###}); an emoji or other pictographic symbol is a token of
 *       its own.</li>
 * </ul>
 *
 * <p>This approximates the word tokenizers datatrove uses for English (NLTK's): punctuation is
 * split from words, so "Hello, world." is {@code Hello}, {@code ,}, {@code world}, {@code .}.
 * Lengths are counted in code points, as Python counts string lengths.
 */
public final class Tokens {
    private static final byte SYMBOL_ONLY = 1;
    private static final byte HAS_LETTER = 2;

    private final CharSequence text;
    private int[] starts;
    private int[] ends;
    private int[] lengths;
    private byte[] flags;
    private int size;
    private int wordCount;
    private long[] hashes;
    private long[] foldedHashes;

    private Tokens(CharSequence text) {
        this.text = text;
        int guess = Math.max(16, Math.min(text.length() / 5, 1 << 20));
        starts = new int[guess];
        ends = new int[guess];
        lengths = new int[guess];
        flags = new byte[guess];
    }

    /** Splits {@code text} into tokens. */
    public static Tokens of(CharSequence text) {
        Tokens t = new Tokens(text);
        t.split();
        return t;
    }

    private void split() {
        CharSequence s = text;
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(s, i);
            int cls = CharClass.of(cp);
            if (cls == CharClass.SPACE) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int length = 0;
            if (cls == CharClass.WORD) {
                boolean letter = false;
                while (true) {
                    letter |= CharClass.isLetter(cp);
                    length++;
                    i += Character.charCount(cp);
                    if (i >= n) break;
                    cp = Character.codePointAt(s, i);
                    if (CharClass.of(cp) == CharClass.WORD) continue;
                    if (!CharClass.isJoiner(cp) || i + 1 >= n) break;
                    int next = Character.codePointAt(s, i + 1); // joiners are one char wide
                    if (CharClass.of(next) != CharClass.WORD) break;
                    length++;
                    i++;
                    cp = next;
                }
                add(start, i, length, letter ? HAS_LETTER : 0);
                wordCount++;
            } else if (CharClass.isStandaloneSymbol(cp)) {
                i += Character.charCount(cp);
                add(start, i, 1, SYMBOL_ONLY);
            } else {
                do {
                    length++;
                    i += Character.charCount(cp);
                    if (i >= n) break;
                    cp = Character.codePointAt(s, i);
                } while (CharClass.of(cp) == CharClass.SYMBOL && !CharClass.isStandaloneSymbol(cp));
                add(start, i, length, SYMBOL_ONLY);
            }
        }
    }

    private void add(int start, int end, int length, int flag) {
        if (size == starts.length) {
            int cap = size + (size >> 1) + 16;
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
            lengths = Arrays.copyOf(lengths, cap);
            flags = Arrays.copyOf(flags, cap);
        }
        starts[size] = start;
        ends[size] = end;
        lengths[size] = length;
        flags[size] = (byte) flag;
        size++;
    }

    /** Number of tokens, words and symbol-only tokens together (datatrove's {@code len(words)}). */
    public int size() {
        return size;
    }

    /** Number of words (tokens that are not symbol-only). */
    public int wordCount() {
        return wordCount;
    }

    /** Char offset where token {@code i} starts in the text. */
    public int start(int i) {
        return starts[i];
    }

    /** Char offset just after token {@code i}. */
    public int end(int i) {
        return ends[i];
    }

    /** Length of token {@code i} in code points. */
    public int length(int i) {
        return lengths[i];
    }

    /** Whether token {@code i} is punctuation and symbols only. */
    public boolean isSymbolOnly(int i) {
        return (flags[i] & SYMBOL_ONLY) != 0;
    }

    /** Whether token {@code i} has at least one letter. */
    public boolean hasLetter(int i) {
        return (flags[i] & HAS_LETTER) != 0;
    }

    /** Token {@code i} as a string. */
    public String text(int i) {
        return text.subSequence(starts[i], ends[i]).toString();
    }

    /** Hashes ({@link Hash61}) of every token, exact. */
    public long[] hashes() {
        if (hashes == null) hashes = computeHashes(false);
        return hashes;
    }

    /** Hashes ({@link Hash61}) of every token lower-cased, for word lists. */
    public long[] foldedHashes() {
        if (foldedHashes == null) foldedHashes = computeHashes(true);
        return foldedHashes;
    }

    private long[] computeHashes(boolean fold) {
        long[] out = new long[size];
        for (int i = 0; i < size; i++) out[i] = Hash61.of(text, starts[i], ends[i], fold);
        return out;
    }
}
