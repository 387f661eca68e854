package ai.refinery.vision.hash;

/**
 * Stable LSD radix sort of indices by unsigned 64-bit keys, on primitive arrays: one pass of 8 bits
 * per byte of key width, so sorting by a 6-bit block is a single linear pass.
 */
final class RadixIndexSort {

    private RadixIndexSort() {
    }

    /**
     * Returns {@code 0..keys.length-1} ordered by the low {@code bits} bits of {@code keys}
     * (unsigned); equal keys keep ascending index order.
     */
    static int[] order(long[] keys, int bits) {
        int n = keys.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] buffer = new int[n];
        int[] counts = new int[257];
        for (int shift = 0; shift < bits; shift += 8) {
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[(int) ((keys[order[i]] >>> shift) & 0xFF) + 1]++;
            }
            for (int b = 0; b < 256; b++) {
                counts[b + 1] += counts[b];
            }
            for (int i = 0; i < n; i++) {
                int index = order[i];
                buffer[counts[(int) ((keys[index] >>> shift) & 0xFF)]++] = index;
            }
            int[] swap = order;
            order = buffer;
            buffer = swap;
        }
        return order;
    }
}
