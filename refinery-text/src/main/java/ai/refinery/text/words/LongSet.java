package ai.refinery.text.words;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A set of non-negative longs (hashes) by open addressing: no boxing, so a set of millions of
 * n-gram hashes costs 16 bytes each at most.
 */
public final class LongSet implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long EMPTY = -1;
    private long[] keys;
    private int size;

    public LongSet() {
        this(16);
    }

    public LongSet(int expected) {
        keys = new long[tableSize(expected)];
        Arrays.fill(keys, EMPTY);
    }

    /** Adds {@code key} (≥ 0); true when it was not there. */
    public boolean add(long key) {
        if (key < 0) throw new IllegalArgumentException("LongSet holds non-negative keys, not " + key);
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != EMPTY) {
            if (keys[i] == key) return false;
            i = (i + 1) & mask;
        }
        keys[i] = key;
        if (++size * 2 > keys.length) grow();
        return true;
    }

    public boolean contains(long key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != EMPTY) {
            if (keys[i] == key) return true;
            i = (i + 1) & mask;
        }
        return false;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private void grow() {
        long[] old = keys;
        keys = new long[old.length * 2];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (long k : old) {
            if (k == EMPTY) continue;
            int i = slot(k, mask);
            while (keys[i] != EMPTY) i = (i + 1) & mask;
            keys[i] = k;
        }
    }

    static int slot(long key, int mask) {
        return (int) (Hash61.mix(key) & mask);
    }

    static int tableSize(int expected) {
        int n = 16;
        while (n < expected * 2L && n < (1 << 30)) n <<= 1;
        return n;
    }
}
