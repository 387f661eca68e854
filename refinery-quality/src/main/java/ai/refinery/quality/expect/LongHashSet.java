package ai.refinery.quality.expect;

/** A set of longs with open addressing and linear probing: 8 bytes an entry at most half full, no boxing. */
final class LongHashSet {
    private static final long EMPTY = 0L;
    private long[] slots = new long[1 << 10];
    private int size;
    private boolean hasZero;

    /** Adds {@code v}; false when it was already there. */
    boolean add(long v) {
        if (v == EMPTY) {
            if (hasZero) return false;
            hasZero = true;
            return true;
        }
        if (2 * (size + 1) > slots.length) grow();
        if (!insert(slots, v)) return false;
        size++;
        return true;
    }

    int size() {
        return size + (hasZero ? 1 : 0);
    }

    private static boolean insert(long[] table, long v) {
        int mask = table.length - 1;
        int i = (int) (mix(v) & mask);
        while (table[i] != EMPTY) {
            if (table[i] == v) return false;
            i = (i + 1) & mask;
        }
        table[i] = v;
        return true;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long v : slots) if (v != EMPTY) insert(bigger, v);
        slots = bigger;
    }

    private static long mix(long v) {
        v ^= v >>> 33;
        v *= 0xff51afd7ed558ccdL;
        return v ^ (v >>> 33);
    }
}
