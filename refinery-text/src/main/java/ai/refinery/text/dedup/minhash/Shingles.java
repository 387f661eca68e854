package ai.refinery.text.dedup.minhash;

import java.util.Arrays;

/**
 * Word n-gram shingles of {@link DedupText normalized} text, each hashed to 64 bits, as a sorted
 * array without repeats: the set that MinHash estimates the Jaccard similarity of.
 *
 * <p>Each word is hashed once (a multiply-xor pass over its chars and a SplitMix64 finalizer), and a
 * shingle's hash combines the n word hashes in order, so no string is built per shingle.
 * datatrove's default is n = 5 ({@code MinhashConfig.n_grams}).
 *
 * <p>Short documents: a text of 1 to n-1 words gives exactly one shingle, the hash of all its words
 * (so two short texts are duplicates only when their words are identical); a text without any word
 * (empty, blank, only punctuation) gives no shingle, and an empty set is never anybody's duplicate.
 *
 * <p>{@link #characters(int)} gives char n-grams instead, for short strings.
 *
 * <p>Not thread-safe (it reuses its buffers): use one instance per thread.
 */
public final class Shingles {

    /** datatrove's {@code MinhashConfig.n_grams} default. */
    public static final int DEFAULT_WORDS = 5;

    private static final long[] EMPTY = new long[0];
    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private final int n;
    private final boolean characters;
    private final DedupText.Buffer text = new DedupText.Buffer();
    private long[] words = new long[256];
    private long[] hashes = new long[256];

    private Shingles(int n, boolean characters) {
        if (n < 1 || n > 64) {
            throw new IllegalArgumentException("shingle size must be 1..64 " + (characters ? "characters" : "words") + ", got " + n);
        }
        this.n = n;
        this.characters = characters;
    }

    /** Shingles of {@code n} consecutive words, {@code 1 <= n <= 64}. */
    public static Shingles words(int n) {
        return new Shingles(n, false);
    }

    /**
     * Shingles of {@code n} consecutive chars of the normalized text (spaces included), for short
     * strings such as names and addresses where a typo would spoil several word shingles; a text
     * shorter than {@code n} chars gives one shingle of all of it.
     */
    public static Shingles characters(int n) {
        return new Shingles(n, true);
    }

    /** The shingle length, in words or chars. */
    public int size() {
        return n;
    }

    /** Whether shingles are char n-grams rather than word n-grams. */
    public boolean isCharacterBased() {
        return characters;
    }

    /** The sorted, repeat-free shingle hashes of {@code raw} text (normalized here first). */
    public long[] of(CharSequence raw) {
        DedupText.normalize(raw, text);
        if (characters) {
            return charShingles(text.chars, text.length);
        }
        int wordCount = hashWords(text.chars, text.length);
        if (wordCount == 0) {
            return EMPTY;
        }
        if (wordCount < n) {
            return new long[] {combine(words, 0, wordCount)};
        }
        int count = wordCount - n + 1;
        if (hashes.length < count) {
            hashes = new long[Math.max(count, hashes.length * 2)];
        }
        long[] w = words;
        long[] h = hashes;
        for (int i = 0; i < count; i++) {
            h[i] = combine(w, i, n);
        }
        return sortedDistinct(h, count);
    }

    private long[] charShingles(char[] chars, int length) {
        if (length == 0) {
            return EMPTY;
        }
        int count = Math.max(1, length - n + 1);
        if (hashes.length < count) {
            hashes = new long[Math.max(count, hashes.length * 2)];
        }
        int width = Math.min(n, length);
        for (int i = 0; i < count; i++) {
            long h = FNV_OFFSET;
            for (int k = i; k < i + width; k++) {
                h = (h ^ chars[k]) * FNV_PRIME;
            }
            hashes[i] = Mix.mix64(h);
        }
        return sortedDistinct(hashes, count);
    }

    /** Hashes the words of normalized text into {@code words}; returns their number. */
    private int hashWords(char[] chars, int length) {
        int count = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c == ' ') {
                count = addWord(count, h);
                h = FNV_OFFSET;
                inWord = false;
            } else {
                h = (h ^ c) * FNV_PRIME;
                inWord = true;
            }
        }
        if (inWord) {
            count = addWord(count, h);
        }
        return count;
    }

    private int addWord(int count, long h) {
        if (count == words.length) {
            words = Arrays.copyOf(words, count * 2);
        }
        words[count] = Mix.mix64(h + Mix.GOLDEN);
        return count + 1;
    }

    /** Order-sensitive hash of {@code len} word hashes starting at {@code from}. */
    private static long combine(long[] w, int from, int len) {
        long h = len;
        for (int k = from, end = from + len; k < end; k++) {
            h = Long.rotateLeft((h ^ w[k]) * Mix.M1, 29);
        }
        return Mix.mix64(h);
    }

    static long[] sortedDistinct(long[] values, int count) {
        Arrays.sort(values, 0, count);
        int distinct = count == 0 ? 0 : 1;
        for (int i = 1; i < count; i++) {
            if (values[i] != values[distinct - 1]) {
                values[distinct++] = values[i];
            }
        }
        return Arrays.copyOf(values, distinct);
    }
}
