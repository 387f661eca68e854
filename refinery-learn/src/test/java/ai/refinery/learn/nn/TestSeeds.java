package ai.refinery.learn.nn;

/** The seed of randomized tests: {@code -Drefinery.test.seed=N} reproduces a run; it is printed in every failure message. */
public final class TestSeeds {
    private TestSeeds() {}

    public static long seed() {
        return Long.getLong("refinery.test.seed", System.nanoTime());
    }
}
