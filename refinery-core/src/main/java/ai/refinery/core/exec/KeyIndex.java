package ai.refinery.core.exec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 128-bit keys seen so far by one grouped operator: an open-addressing table of long pairs
 * (16 bytes a key, no boxing), plus, for operators that confirm candidates, the signatures filed
 * under each key.
 */
final class KeyIndex {
    private long[] table = new long[2 * 1024];
    private boolean[] used = new boolean[1024];
    private int size;
    private final Map<Key, List<Object>> signatures;

    KeyIndex(boolean keepSignatures) {
        signatures = keepSignatures ? new HashMap<>() : null;
    }

    private record Key(long high, long low) {}

    boolean contains(long high, long low) {
        int mask = used.length - 1;
        int i = slot(high, low) & mask;
        while (used[i]) {
            if (table[2 * i] == high && table[2 * i + 1] == low) return true;
            i = (i + 1) & mask;
        }
        return false;
    }

    /** Adds a key; returns false when it was already present. */
    boolean add(long high, long low) {
        if ((size + 1) * 4L > used.length * 3L) grow();
        int mask = used.length - 1;
        int i = slot(high, low) & mask;
        while (used[i]) {
            if (table[2 * i] == high && table[2 * i + 1] == low) return false;
            i = (i + 1) & mask;
        }
        used[i] = true;
        table[2 * i] = high;
        table[2 * i + 1] = low;
        size++;
        return true;
    }

    List<Object> signaturesUnder(long high, long low) {
        List<Object> l = signatures.get(new Key(high, low));
        return l == null ? List.of() : l;
    }

    void file(long high, long low, Object signature) {
        signatures.computeIfAbsent(new Key(high, low), k -> new ArrayList<>(2)).add(signature);
    }

    int size() {
        return size;
    }

    private static int slot(long high, long low) {
        long h = high * 0x9E3779B97F4A7C15L ^ low;
        h ^= h >>> 32;
        return (int) (h ^ (h >>> 16));
    }

    private void grow() {
        long[] oldTable = table;
        boolean[] oldUsed = used;
        table = new long[oldTable.length * 2];
        used = new boolean[oldUsed.length * 2];
        size = 0;
        for (int i = 0; i < oldUsed.length; i++) {
            if (oldUsed[i]) add(oldTable[2 * i], oldTable[2 * i + 1]);
        }
    }
}
