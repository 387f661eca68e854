package ai.refinery.quality.profile;

/**
 * A Misra–Gries summary of one chunk of values with {@code m} counters, keyed by the values'
 * {@link ValueHashes} hashes: a new value when all counters are taken decrements every counter
 * (and is itself dropped), so each value's count is undercounted by at most the number of such
 * decrements, {@link #decrements()} ≤ n/(m+1) (Agarwal et al., "Mergeable Summaries", 2012). The
 * table has twice as many slots as counters, so an update is one short probe in a table that stays
 * in the processor's cache, and a column whose values are nearly all distinct costs no more.
 */
final class MisraGries {
    private final int m;
    private final long[] hashes;
    private final long[] counts;
    private final Object[] keys;
    /** Occupied slots, in first-seen order of the values that hold them. */
    private final int[] used;
    private int size;
    private long decrements;
    private final long[] spareCounts;
    private final long[] spareHashes;
    private final Object[] spareKeys;

    MisraGries(int m) {
        this.m = m;
        int slots = Integer.highestOneBit(Math.max(2, m) - 1) << 2;
        hashes = new long[slots];
        counts = new long[slots];
        keys = new Object[slots];
        used = new int[m];
        spareCounts = new long[m];
        spareHashes = new long[m];
        spareKeys = new Object[m];
    }

    void add(Object key, long hash) {
        long[] c = counts;
        int mask = c.length - 1;
        int s = (int) hash & mask;
        while (c[s] != 0) {
            if (hashes[s] == hash) {
                c[s]++;
                return;
            }
            s = (s + 1) & mask;
        }
        if (size < m) {
            hashes[s] = hash;
            c[s] = 1;
            keys[s] = key;
            used[size++] = s;
        } else {
            decrement();
        }
    }

    /** Every counter minus one (the new value's count of one is dropped with it): survivors go back in. */
    private void decrement() {
        decrements++;
        int n = 0;
        for (int i = 0; i < size; i++) {
            int s = used[i];
            long left = counts[s] - 1;
            if (left > 0) {
                spareCounts[n] = left;
                spareHashes[n] = hashes[s];
                spareKeys[n++] = keys[s];
            }
            counts[s] = 0;
            keys[s] = null;
        }
        size = 0;
        int mask = counts.length - 1;
        for (int i = 0; i < n; i++) {
            int s = (int) spareHashes[i] & mask;
            while (counts[s] != 0) s = (s + 1) & mask;
            hashes[s] = spareHashes[i];
            counts[s] = spareCounts[i];
            keys[s] = spareKeys[i];
            used[size++] = s;
            spareKeys[i] = null;
        }
    }

    int size() { return size; }

    Object key(int i) { return keys[used[i]]; }

    long count(int i) { return counts[used[i]]; }

    /** Decrements since the last {@link #clear}: no value's count is short by more. */
    long decrements() { return decrements; }

    void clear() {
        for (int i = 0; i < size; i++) {
            int s = used[i];
            counts[s] = 0;
            keys[s] = null;
        }
        size = 0;
        decrements = 0;
    }
}
