package ai.refinery.text.dedup.minhash;

/** 64-bit mixing functions shared by the shingle, band-key and seed code. */
final class Mix {

    /** The golden-ratio increment of SplitMix64 (Steele, Lea and Flood, 2014). */
    static final long GOLDEN = 0x9E3779B97F4A7C15L;
    static final long M1 = 0xBF58476D1CE4E5B9L;
    static final long M2 = 0x94D049BB133111EBL;

    private Mix() {
    }

    /** SplitMix64's finalizer (variant 13 of Stafford's mixers): a bijection with full avalanche. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * M1;
        z = (z ^ (z >>> 27)) * M2;
        return z ^ (z >>> 31);
    }

    /** A seeded stream of 64-bit values (SplitMix64), identical on every JVM. */
    static final class SplitMix64 {
        private long state;

        SplitMix64(long seed) {
            this.state = seed;
        }

        long next() {
            state += GOLDEN;
            return mix64(state);
        }
    }
}
