package ai.refinery.text.dedup;

import java.util.Arrays;

/**
 * Counts per 64-bit key in an open-addressing table of primitive arrays (12 bytes a key at most
 * three-quarters full, no boxing): what a corpus-wide line count needs for tens of millions of
 * distinct lines. Key 0 is reserved as the empty slot.
 */
final class LongCountTable {
    private long[] keys;
    private int[] counts;
    private int size;

    LongCountTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 4 / 3) - 1) << 1;
        keys = new long[capacity];
        counts = new int[capacity];
    }

    /** Adds {@code count} to {@code key} (not 0); counts saturate at Integer.MAX_VALUE. */
    void add(long key, int count) {
        int i = slotOf(key);
        if (keys[i] == key) {
            counts[i] = (int) Math.min(Integer.MAX_VALUE, (long) counts[i] + count);
        } else {
            insert(i, key, count);
        }
    }

    /** Adds {@code key} with count 1 unless present; returns whether it was absent. */
    boolean addIfAbsent(long key) {
        int i = slotOf(key);
        if (keys[i] == key) return false;
        insert(i, key, 1);
        return true;
    }

    /** The slot holding {@code key}, or the empty slot where it goes (the table grown first if needed). */
    private int slotOf(long key) {
        if (key == 0) throw new IllegalArgumentException("key 0 is reserved");
        if ((size + 1) * 4L > keys.length * 3L) grow();
        int mask = keys.length - 1;
        int i = slot(key) & mask;
        while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void insert(int i, long key, int count) {
        keys[i] = key;
        counts[i] = count;
        size++;
    }

    int size() { return size; }

    /** Folds {@code other} in. */
    void addAll(LongCountTable other) {
        for (int i = 0; i < other.keys.length; i++) if (other.keys[i] != 0) add(other.keys[i], other.counts[i]);
    }

    /** The keys counted more than {@code threshold} times, sorted. */
    long[] keysAbove(int threshold) {
        long[] out = new long[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) if (keys[i] != 0 && counts[i] > threshold) out[n++] = keys[i];
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    private static int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != 0) add(oldKeys[i], oldCounts[i]);
    }
}
