package ai.refinery.vision.hash;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds all pairs of 64-bit hashes within Hamming distance {@code d}, and groups them, without
 * comparing all pairs: multi-index hashing (M. Norouzi, A. Punjani, D. J. Fleet, "Fast Search in
 * Hamming Space with Multi-Index Hashing", CVPR 2012).
 *
 * <p>The 64 bits are cut into {@code d + 1} contiguous blocks. Two hashes that differ in at most
 * {@code d} bits cannot differ in all {@code d + 1} blocks (pigeonhole), so they agree exactly on at
 * least one block. For each block, the indices are sorted by block value (radix sort on primitive
 * arrays) and only hashes in the same run are compared exactly. A pair is reported only from the
 * first block it agrees on, so each pair is reported once. The search is therefore exact: no pair
 * within {@code d} is missed and none is reported twice.
 *
 * <p>Cost: {@code d + 1} linear sorts plus the candidate comparisons, which grow with the squared
 * run sizes. Exact duplicates (the usual cause of huge runs) are collapsed before the search in
 * {@link #group}; many distinct hashes sharing a block value still cost their pairs, and the number
 * of comparisons is reported.
 */
public final class HammingLsh {

    /** Receives one pair {@code i < j} within the distance. */
    @FunctionalInterface
    public interface PairSink {
        void accept(int i, int j, int distance);
    }

    private final int maxDistance;
    private final int[] shifts;
    private final int[] widths;

    /** @param maxDistance the largest Hamming distance that links two hashes, 0 to 63 */
    public HammingLsh(int maxDistance) {
        if (maxDistance < 0 || maxDistance > 63) {
            throw new IllegalArgumentException("max Hamming distance must be 0..63, got " + maxDistance);
        }
        this.maxDistance = maxDistance;
        int blocks = maxDistance + 1;
        shifts = new int[blocks];
        widths = new int[blocks];
        int shift = 0;
        for (int b = 0; b < blocks; b++) {
            widths[b] = 64 / blocks + (b < 64 % blocks ? 1 : 0);
            shifts[b] = shift;
            shift += widths[b];
        }
    }

    public int maxDistance() {
        return maxDistance;
    }

    /** Number of differing bits. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /**
     * Reports every pair {@code i < j} with {@code distance(hashes[i], hashes[j]) <= maxDistance}
     * exactly once, in a deterministic order.
     *
     * @return the number of exact comparisons made (candidate pairs)
     */
    public long forEachNearPair(long[] hashes, PairSink sink) {
        long comparisons = 0L;
        long[] keys = new long[hashes.length];
        for (int b = 0; b < shifts.length; b++) {
            for (int i = 0; i < hashes.length; i++) {
                keys[i] = block(hashes[i], b);
            }
            int[] order = RadixIndexSort.order(keys, widths[b]);
            int start = 0;
            while (start < order.length) {
                long key = keys[order[start]];
                int end = start + 1;
                while (end < order.length && keys[order[end]] == key) {
                    end++;
                }
                // order is stable, so within a run indices ascend: i < j below.
                for (int p = start; p < end - 1; p++) {
                    int i = order[p];
                    for (int q = p + 1; q < end; q++) {
                        int j = order[q];
                        comparisons++;
                        long diff = hashes[i] ^ hashes[j];
                        int distance = Long.bitCount(diff);
                        if (distance <= maxDistance && firstEqualBlock(diff) == b) {
                            sink.accept(i, j, distance);
                        }
                    }
                }
                start = end;
            }
        }
        return comparisons;
    }

    /**
     * Groups the hashes: the connected components of "within {@code maxDistance}" (so a group can
     * be a chain whose ends are further apart). Each group keeps its lowest index.
     *
     * @param maxExamplePairs how many linked pairs to keep as examples in the report
     */
    public HammingGroups group(long[] hashes, int maxExamplePairs) {
        if (maxExamplePairs < 0) {
            throw new IllegalArgumentException("max example pairs must be >= 0, got " + maxExamplePairs);
        }
        int n = hashes.length;
        UnionFind sets = new UnionFind(n);
        List<HammingGroups.Pair> examples = new ArrayList<>();

        // Collapse exact duplicates onto their lowest index, so the search sees distinct hashes.
        int[] byHash = RadixIndexSort.order(hashes, 64);
        int[] distinctIndex = new int[n];
        long[] distinct = new long[n];
        int distinctCount = 0;
        List<HammingGroups.Pair> duplicateExamples = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            int i = byHash[p];
            if (p > 0 && hashes[byHash[p - 1]] == hashes[i]) {
                int first = distinctIndex[distinctCount - 1];
                sets.union(first, i);
                if (duplicateExamples.size() < maxExamplePairs) {
                    duplicateExamples.add(new HammingGroups.Pair(first, i, 0));
                }
            } else {
                distinctIndex[distinctCount] = i;
                distinct[distinctCount++] = hashes[i];
            }
        }
        int exactDuplicates = n - distinctCount;
        long[] unique = java.util.Arrays.copyOf(distinct, distinctCount);
        long[] nearPairs = {0L};
        long comparisons = forEachNearPair(unique, (a, b, distance) -> {
            int i = Math.min(distinctIndex[a], distinctIndex[b]);
            int j = Math.max(distinctIndex[a], distinctIndex[b]);
            sets.union(i, j);
            nearPairs[0]++;
            if (examples.size() < maxExamplePairs) {
                examples.add(new HammingGroups.Pair(i, j, distance));
            }
        });
        for (HammingGroups.Pair pair : duplicateExamples) {
            if (examples.size() >= maxExamplePairs) {
                break;
            }
            examples.add(pair);
        }
        int[] keep = new int[n];
        for (int i = 0; i < n; i++) {
            keep[i] = sets.find(i);
        }
        return new HammingGroups(maxDistance, keep, exactDuplicates, nearPairs[0], comparisons, examples);
    }

    private long block(long hash, int b) {
        int width = widths[b];
        return width == 64 ? hash : (hash >>> shifts[b]) & ((1L << width) - 1);
    }

    /** The first block on which a pair with this XOR agrees (is zero); {@code -1} if none. */
    private int firstEqualBlock(long diff) {
        for (int b = 0; b < shifts.length; b++) {
            if (block(diff, b) == 0L) {
                return b;
            }
        }
        return -1;
    }
}
