package ai.refinery.text.dedup.minhash;

/**
 * Sorts parallel arrays of 64-bit keys and document numbers by key (unsigned order), stably, with
 * an LSD radix sort of four 16-bit digits; a digit that is the same for every key is skipped.
 * Linear time, two scratch arrays, no boxing.
 */
final class KeyDocSort {

    private final long[] keyScratch;
    private final int[] docScratch;
    private final int[] counts = new int[1 << 16];

    KeyDocSort(int capacity) {
        keyScratch = new long[capacity];
        docScratch = new int[capacity];
    }

    /** Sorts {@code keys[0..n)} and moves {@code docs} along; the result is back in the same arrays. */
    void sort(long[] keys, int[] docs, int n) {
        long[] k = keys;
        int[] d = docs;
        long[] k2 = keyScratch;
        int[] d2 = docScratch;
        for (int shift = 0; shift < 64; shift += 16) {
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[(int) (k[i] >>> shift) & 0xFFFF]++;
            }
            if (n == 0 || counts[(int) (k[0] >>> shift) & 0xFFFF] == n) {
                continue;
            }
            int sum = 0;
            for (int b = 0; b < counts.length; b++) {
                int c = counts[b];
                counts[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int pos = counts[(int) (k[i] >>> shift) & 0xFFFF]++;
                k2[pos] = k[i];
                d2[pos] = d[i];
            }
            long[] tk = k;
            k = k2;
            k2 = tk;
            int[] td = d;
            d = d2;
            d2 = td;
        }
        if (k != keys) {
            System.arraycopy(k, 0, keys, 0, n);
            System.arraycopy(d, 0, docs, 0, n);
        }
    }
}
