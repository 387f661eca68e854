package ai.refinery.text.decontam;

/**
 * A set of 64-bit hashes in one {@code long[]} (open addressing, linear probing, load at most 1/2):
 * 16 bytes or less per entry, no boxing. Not thread-safe while it grows; read-only use once built is.
 * The value 0 is stored in a flag of its own, as it marks empty slots.
 */
final class LongHashSet {
    private static final int MAX_CAPACITY = 1 << 30;

    private long[] table;
    private int size;
    private boolean hasZero;

    LongHashSet(int expected) {
        int cap = 16;
        while (cap < 2L * expected && cap < MAX_CAPACITY) cap <<= 1;
        table = new long[cap];
    }

    /** @return true when {@code h} was not in the set */
    boolean add(long h) {
        if (h == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if (2 * (size + 1) > table.length) grow();
        int mask = table.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            long v = table[i];
            if (v == 0) {
                table[i] = h;
                size++;
                return true;
            }
            if (v == h) return false;
        }
    }

    boolean contains(long h) {
        if (h == 0) return hasZero;
        int mask = table.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            long v = table[i];
            if (v == h) return true;
            if (v == 0) return false;
        }
    }

    int size() {
        return size + (hasZero ? 1 : 0);
    }

    private void grow() {
        if (table.length >= MAX_CAPACITY) {
            throw new IllegalStateException("more than " + (MAX_CAPACITY / 2) + " distinct eval n-grams: split the eval set");
        }
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long v : old) {
            if (v == 0) continue;
            int i = (int) v & mask;
            while (table[i] != 0) i = (i + 1) & mask;
            table[i] = v;
        }
    }
}
