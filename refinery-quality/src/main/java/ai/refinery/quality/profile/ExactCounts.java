package ai.refinery.quality.profile;

import java.util.Arrays;

/**
 * Exact counts of values keyed by their {@link ValueHashes} hash: an open-addressing table of (hash, count) slots, so an update touches one
 * slot (no key comparison, no allocation), and entries are iterated in first-seen order, which makes ties in the top values and
 * the label classes come out the same however the rows were split. Two values are one entry when
 * their 64-bit hashes are equal: among the at most a few thousand values a table holds, the chance
 * that two different ones collide is below 10^-12.
 */
final class ExactCounts {
    private Object[] keys;
    /** Entry index to its slot in {@link #table}, so entries iterate in first-seen order. */
    private int[] slots;
    private int size;
    /**
     * Two longs a slot, the value's hash and its count (0 meaning empty: counts are positive), kept
     * at most half full: an update reads and writes one 16-byte slot, one cache line.
     */
    private long[] table;

    ExactCounts() {
        this(8);
    }

    /** Sized for {@code expected} entries without growing. */
    ExactCounts(int expected) {
        int capacity = Math.max(8, Integer.highestOneBit(Math.max(1, expected) - 1) << 1);
        keys = new Object[capacity];
        slots = new int[capacity];
        table = new long[capacity * 4];
    }

    void add(Object key, long hash, long count) {
        long[] t = table;
        int mask = (t.length >> 1) - 1;
        int s = (int) hash & mask;
        while (true) {
            int at = s << 1;
            long c = t[at + 1];
            if (c == 0) break;
            if (t[at] == hash) {
                t[at + 1] = c + count;
                return;
            }
            s = (s + 1) & mask;
        }
        if (size == keys.length) grow();
        keys[size] = key;
        slots[size++] = s;
        t[s << 1] = hash;
        t[(s << 1) + 1] = count;
        if (size * 4 > t.length) reindex(t.length);
    }

    int size() { return size; }

    Object key(int i) { return keys[i]; }

    long hash(int i) { return table[slots[i] << 1]; }

    long count(int i) { return table[(slots[i] << 1) + 1]; }

    long total() {
        long t = 0;
        for (int i = 0; i < size; i++) t += count(i);
        return t;
    }

    /** Empties the counts, keeping the arrays for reuse. */
    void clear() {
        long[] t = table;
        if (size * 8 < t.length) {
            for (int i = 0; i < size; i++) t[(slots[i] << 1) + 1] = 0;
        } else {
            Arrays.fill(t, 0);
        }
        Arrays.fill(keys, 0, size, null);
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
        for (int i = 0; i < size; i++) histogram[(int) Math.min(count(i), cap)]++;
        int above = histogram[cap]; // entries with a count above cap - 1
        if (above > m) {
            long[] sorted = new long[size];
            for (int i = 0; i < size; i++) sorted[i] = count(i);
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
        Arrays.sort(order, (a, b) -> Long.compare(count(b), count(a))); // stable
        return order;
    }

    private void grow() {
        int n = keys.length * 2;
        keys = Arrays.copyOf(keys, n);
        slots = Arrays.copyOf(slots, n);
    }

    /** Moves the entries to a table of twice as many slots. */
    private void reindex(int slotCount) {
        long[] old = table;
        long[] fresh = new long[slotCount * 2];
        int mask = slotCount - 1;
        for (int i = 0; i < size; i++) {
            int from = slots[i] << 1;
            long h = old[from];
            int s = (int) h & mask;
            while (fresh[(s << 1) + 1] != 0) s = (s + 1) & mask;
            fresh[s << 1] = h;
            fresh[(s << 1) + 1] = old[from + 1];
            slots[i] = s;
        }
        table = fresh;
    }
}
