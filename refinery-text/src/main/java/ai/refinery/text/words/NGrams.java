package ai.refinery.text.words;

/**
 * Repetition measures over windows of n consecutive tokens, as datatrove's
 * {@code GopherRepetitionFilter} defines them (after Rae et al. 2021, table A1), computed with
 * rolling polynomial hashes ({@link Hash61}) instead of joined strings, so each measure is one
 * linear pass with one hash-table probe per window.
 */
public final class NGrams {
    private NGrams() {}

    /**
     * The hashes of every window of {@code n} consecutive values of {@code h}, rolled in O(1) per
     * window; written into {@code out} (length at least {@code h.length - n + 1}).
     *
     * @return the number of windows
     */
    public static int windowHashes(long[] h, int n, long[] out) {
        int windows = h.length - n + 1;
        if (windows <= 0) return 0;
        long top = Hash61.pow(n - 1);
        long w = WordList.windowHash(h, 0, n);
        out[0] = w;
        for (int i = 1; i < windows; i++) {
            w = Hash61.sub(w, Hash61.mul(h[i - 1], top));
            w = Hash61.add(Hash61.mul(w, Hash61.BASE), h[i + n - 1]);
            out[i] = w;
        }
        return windows;
    }

    /** Prefix sums of token lengths: element i is the length of tokens [0, i). */
    public static long[] lengthPrefix(Tokens t) {
        long[] p = new long[t.size() + 1];
        for (int i = 0; i < t.size(); i++) p[i + 1] = p[i] + t.length(i);
        return p;
    }

    /**
     * Characters in the most frequent n-gram times its count, where an n-gram's characters are its
     * tokens joined by single spaces (datatrove's {@code find_top_duplicate}). An n-gram that occurs
     * once is not repetition and gives 0 (datatrove counts it too, which only matters for texts of
     * a few words).
     *
     * @param windows the n-gram hashes from {@link #windowHashes}
     * @param count   the number of windows
     */
    public static long topNGramChars(long[] windows, int count, long[] lengthPrefix, int n) {
        if (count <= 0) return 0;
        HashCounts counts = new HashCounts(count, true);
        for (int i = 0; i < count; i++) counts.add(windows[i], i);
        int slot = counts.mostFrequentSlot(2);
        if (slot < 0) return 0;
        int first = counts.firstPositionAt(slot);
        long chars = lengthPrefix[first + n] - lengthPrefix[first] + (n - 1);
        return chars * counts.countAt(slot);
    }

    /**
     * Characters in duplicated n-grams, each repeated stretch counted once (datatrove's
     * {@code find_all_duplicate}): scanning left to right, an n-gram already seen adds its
     * characters (tokens joined without spaces) and the scan jumps past it; otherwise it is
     * remembered and the scan moves one token on.
     */
    public static long duplicatedNGramChars(long[] windows, int count, long[] lengthPrefix, int n) {
        if (count <= 0) return 0;
        LongSet seen = new LongSet(Math.min(count, 1 << 16));
        long repeated = 0;
        int i = 0;
        while (i < count) {
            if (seen.contains(windows[i])) {
                repeated += lengthPrefix[i + n] - lengthPrefix[i];
                i += n;
            } else {
                seen.add(windows[i]);
                i++;
            }
        }
        return repeated;
    }

    /**
     * Share of n-gram occurrences whose n-gram occurs more than once (Data-Juicer's word and
     * character repetition "rep_more_than_one" ratio): 0 when there is no window.
     */
    public static double repeatedOccurrenceShare(long[] windows, int count) {
        if (count <= 0) return 0;
        HashCounts counts = new HashCounts(count, false);
        for (int i = 0; i < count; i++) counts.add(windows[i], i);
        long repeated = 0;
        for (int c : counts.counts()) if (c > 1) repeated += c;
        return (double) repeated / count;
    }
}
