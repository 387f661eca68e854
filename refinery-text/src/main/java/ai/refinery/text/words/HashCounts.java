package ai.refinery.text.words;

import java.util.Arrays;

/**
 * Counts of non-negative long keys (hashes of n-grams, lines, paragraphs) with the position where
 * each key was first seen, by open addressing without boxing. Not thread-safe: one per text.
 */
public final class HashCounts {
    private static final long EMPTY = -1;
    private long[] keys;
    private int[] counts;
    private int[] firsts;
    private int size;

    /**
     * @param expected       a hint of the number of distinct keys (the table grows as needed)
     * @param trackPositions whether to remember where each key was first seen (4 more bytes a slot)
     */
    public HashCounts(int expected, boolean trackPositions) {
        int n = LongSet.tableSize(Math.min(expected, 1 << 16));
        keys = new long[n];
        counts = new int[n];
        firsts = trackPositions ? new int[n] : null;
        Arrays.fill(keys, EMPTY);
    }

    /** Counts one more {@code key} (≥ 0), seen at {@code position}; returns its count now. */
    public int add(long key, int position) {
        int mask = keys.length - 1;
        int i = LongSet.slot(key, mask);
        while (keys[i] != EMPTY) {
            if (keys[i] == key) return ++counts[i];
            i = (i + 1) & mask;
        }
        keys[i] = key;
        counts[i] = 1;
        if (firsts != null) firsts[i] = position;
        if (++size > keys.length / 4 * 3) grow();
        return 1;
    }

    /** Number of distinct keys. */
    public int size() {
        return size;
    }

    /** The counts of the distinct keys, in no particular order. */
    public int[] counts() {
        int[] out = new int[size];
        int j = 0;
        for (int i = 0; i < keys.length; i++) if (keys[i] != EMPTY) out[j++] = counts[i];
        return out;
    }

    /**
     * The slot of the most frequent key, ties going to the key seen first when positions are tracked
     * (as Python's {@code Counter.most_common(1)}), or -1 when no key occurs {@code minCount} times.
     */
    public int mostFrequentSlot(int minCount) {
        int best = -1;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == EMPTY || counts[i] < minCount) continue;
            if (best < 0 || counts[i] > counts[best] || counts[i] == counts[best] && firsts != null && firsts[i] < firsts[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The count of the key in {@code slot}. */
    public int countAt(int slot) {
        return counts[slot];
    }

    /** The position where the key in {@code slot} was first seen (when tracked). */
    public int firstPositionAt(int slot) {
        return firsts[slot];
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        int[] oldFirsts = firsts;
        int n = oldKeys.length * 2;
        keys = new long[n];
        counts = new int[n];
        firsts = oldFirsts == null ? null : new int[n];
        Arrays.fill(keys, EMPTY);
        int mask = n - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == EMPTY) continue;
            int i = LongSet.slot(oldKeys[j], mask);
            while (keys[i] != EMPTY) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            counts[i] = oldCounts[j];
            if (firsts != null) firsts[i] = oldFirsts[j];
        }
    }
}
