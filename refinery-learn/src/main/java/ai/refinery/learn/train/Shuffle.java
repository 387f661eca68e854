package ai.refinery.learn.train;

import ai.refinery.learn.nn.SplitMix64;

/** Seeded permutations (Fisher–Yates, as Knuth's Algorithm P). */
final class Shuffle {
    private Shuffle() {}

    static int[] permutation(int n, SplitMix64 random) {
        int[] order = new int[n];
        permute(order, random);
        return order;
    }

    /** Fills {@code order} with a random permutation of 0..length−1, from the identity, so it depends only on the generator. */
    static void permute(int[] order, SplitMix64 random) {
        for (int i = 0; i < order.length; i++) order[i] = i;
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
