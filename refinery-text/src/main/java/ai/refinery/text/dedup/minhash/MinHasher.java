package ai.refinery.text.dedup.minhash;

import java.util.Arrays;

/**
 * MinHash signatures of shingle sets: {@code numPerm} universal hash functions
 * {@code h(x) = (a·x + b) mod p} with the Mersenne prime {@code p = 2^61 − 1}, as in datatrove's
 * {@code MinhashDedupSignature} and datasketch's {@code MinHash} ({@code a} uniform in [1, p),
 * {@code b} in [0, p), drawn here from a SplitMix64 stream of the seed), and the signature keeps,
 * per function, the minimum over the set.
 *
 * <p>Unlike datatrove's numpy code, whose {@code shingles * a + b} silently wraps modulo 2^64
 * before the {@code % p}, the product is computed exactly: the 122-bit {@code a·x} comes from
 * {@link Math#multiplyHigh} and the low 64-bit product, and is reduced with the Mersenne identity
 * {@code 2^61 ≡ 1 (mod p)}. A shingle hash enters as its low 61 bits.
 *
 * <p>The hot loop runs one function at a time over all shingles (the shingles stay in L1, the
 * running minimum in a register). Thread-safe and immutable; deterministic for a seed.
 */
public final class MinHasher {

    /** The Mersenne prime 2^61 − 1. */
    public static final long PRIME = (1L << 61) - 1;

    /** The signature value of every function for an empty set (larger than any real value). */
    public static final long EMPTY = Long.MAX_VALUE;

    /** datatrove's default: 14 buckets × 8 hashes per bucket. */
    public static final int DEFAULT_NUM_PERM = 112;

    private final long[] a;
    private final long[] b;
    private final long seed;

    public MinHasher(int numPerm, long seed) {
        if (numPerm < 1 || numPerm > 4096) {
            throw new IllegalArgumentException("num_perm must be 1..4096, got " + numPerm);
        }
        this.seed = seed;
        this.a = new long[numPerm];
        this.b = new long[numPerm];
        Mix.SplitMix64 random = new Mix.SplitMix64(seed);
        for (int i = 0; i < numPerm; i++) {
            a[i] = uniformBelowPrime(random, 1);
            b[i] = uniformBelowPrime(random, 0);
        }
    }

    /** Uniform in [min, p) by rejection on 61-bit draws (rejects with probability ~2^-61). */
    private static long uniformBelowPrime(Mix.SplitMix64 random, long min) {
        while (true) {
            long v = random.next() >>> 3;
            if (v >= min && v < PRIME) {
                return v;
            }
        }
    }

    public int numPerm() {
        return a.length;
    }

    public long seed() {
        return seed;
    }

    /** The signature of a shingle set ({@link Shingles} output); all {@link #EMPTY} for an empty set. */
    public long[] signature(long[] shingles) {
        long[] out = new long[a.length];
        signature(shingles, shingles.length, out);
        return out;
    }

    /** Writes the signature of {@code shingles[0..count)} into {@code out} ({@code numPerm} long). */
    public void signature(long[] shingles, int count, long[] out) {
        if (out.length < a.length) {
            throw new IllegalArgumentException("signature buffer holds " + out.length + " values, need " + a.length);
        }
        if (count == 0) {
            Arrays.fill(out, 0, a.length, EMPTY);
            return;
        }
        long[] xs = new long[count]; // the 61-bit inputs, masked once rather than once per function
        for (int i = 0; i < count; i++) {
            xs[i] = shingles[i] & PRIME;
        }
        for (int j = 0; j < a.length; j++) {
            out[j] = minimum(xs, a[j], b[j]);
        }
    }

    private static long minimum(long[] xs, long a, long b) {
        long min = Long.MAX_VALUE;
        for (long x : xs) {
            min = Math.min(min, reduce(x, a, b));
        }
        return min;
    }

    /** {@code (a·(x mod 2^61) + b) mod (2^61 − 1)}, exact, for {@code a, b} in [0, p). */
    static long permute(long x, long a, long b) {
        return reduce(x & PRIME, a, b);
    }

    /** {@code (a·v + b) mod (2^61 − 1)} for {@code v < 2^61} and {@code a, b} in [0, p). */
    private static long reduce(long v, long a, long b) {
        long lo = v * a;
        long hi = Math.multiplyHigh(v, a);            // a·v < 2^122, so hi < 2^58
        long r = (lo & PRIME) + ((lo >>> 61) | (hi << 3)) + b; // ≡ a·v + b, < 2^63
        r = (r & PRIME) + (r >>> 61);                 // < 2^61 + 4
        return r >= PRIME ? r - PRIME : r;
    }

    /** The Jaccard similarity estimated from two full signatures: the fraction of equal minima. */
    public static double estimatedJaccard(long[] x, long[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("signatures of " + x.length + " and " + y.length + " values");
        }
        if (x.length == 0 || x[0] == EMPTY || y[0] == EMPTY) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) {
                equal++;
            }
        }
        return (double) equal / x.length;
    }
}
