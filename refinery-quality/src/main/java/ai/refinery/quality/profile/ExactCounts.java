package ai.refinery.quality.profile;

import java.util.Arrays;

/**
 * Exact counts of values keyed by their {@link ValueHashes} hash: an open-addressing table over dense entry arrays, so an update reads one slot and the entry's
 * hash (no key comparison, no allocation) and entries are iterated in first-seen order, which makes ties in the top values and
 * the label classes come out the same however the rows were split. Two values are one entry when
 * their 64-bit hashes are equal: among the at most a few thousand values a table holds, the chance
 * that two different ones collide is below 10^-12.
 */
final class ExactCounts {
    private Object[] keys;
    private long[] hashes;
    private long[] counts;
    private int size;
    /**
     * Slots of (high half of the hash) << 32 | (entry index + 1), 0 meaning empty; kept at most half
     * full. Eight bytes a slot keep a chunk's table in the processor's cache.
     */
    private long[] table;

    ExactCounts() {
        this(8);
    }

    /** Sized for {@code expected} entries without growing. */
    ExactCounts(int expected) {
        int capacity = Math.max(8, Integer.highestOneBit(Math.max(1, expected) - 1) << 1);
        keys = new Object[capacity];
        hashes = new long[capacity];
        counts = new long[capacity];
        table = new long[capacity * 2];
    }

    void add(Object key, long hash, long count) {
        long[] t = table;
        int mask = t.length - 1;
        long high = hash & 0xFFFFFFFF00000000L;
        int s = (int) hash & mask;
        while (true) {
            long slot = t[s];
            if (slot == 0) break;
            if ((slot & 0xFFFFFFFF00000000L) == high) {
                int i = (int) slot - 1;
                if (hashes[i] == hash) {
                    counts[i] += count;
                    return;
                }
            }
            s = (s + 1) & mask;
        }
        if (size == keys.length) grow();
        keys[size] = key;
        hashes[size] = hash;
        counts[size] = count;
        t[s] = high | ++size;
        if (size * 2 > t.length) reindex(t.length * 2);
    }

    int size() { return size; }

    Object key(int i) { return keys[i]; }

    long hash(int i) { return hashes[i]; }

    long count(int i) { return counts[i]; }

    long total() {
        long t = 0;
        for (int i = 0; i < size; i++) t += counts[i];
        return t;
    }

    /** Empties the counts, keeping the arrays for reuse. */
    void clear() {
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(table, 0);
        size = 0;
    }

    /**
     * The smallest t such that at most {@code m} entries have a count above t (the (m+1)-th largest
     * count), found with a histogram of the small counts since most counts in a chunk are small.
     */
    long thresholdKeepingAtMost(int m) {
        if (size <= m) return 0;
        final int cap = 64;
        int[] histogram = new int[cap + 1];
        for (int i = 0; i < size; i++) histogram[(int) Math.min(counts[i], cap)]++;
        int above = histogram[cap]; // entries with a count above cap - 1
        if (above > m) {
            long[] sorted = Arrays.copyOf(counts, size);
            Arrays.sort(sorted);
            return sorted[size - 1 - m];
        }
        for (int t = cap - 1; t > 0; t--) {
            if (above + histogram[t] > m) return t;
            above += histogram[t];
        }
        return 0;
    }

    /** Entry indexes by count, largest first; ties in first-seen order. */
    Integer[] byCountDescending() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Long.compare(counts[b], counts[a])); // stable
        return order;
    }

    private void grow() {
        int n = keys.length * 2;
        keys = Arrays.copyOf(keys, n);
        hashes = Arrays.copyOf(hashes, n);
        counts = Arrays.copyOf(counts, n);
    }

    private void reindex(int slots) {
        long[] fresh = new long[slots];
        int mask = slots - 1;
        for (int i = 0; i < size; i++) {
            int s = (int) hashes[i] & mask;
            while (fresh[s] != 0) s = (s + 1) & mask;
            fresh[s] = (hashes[i] & 0xFFFFFFFF00000000L) | (i + 1);
        }
        table = fresh;
    }
}
