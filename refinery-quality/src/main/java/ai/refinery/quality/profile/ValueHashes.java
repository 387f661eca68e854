package ai.refinery.quality.profile;

import ai.refinery.core.util.CanonicalEncoder;
import ai.refinery.core.util.Hashing;

/**
 * 64-bit hashes of record values, computed once per value: they key the exact value counts and are
 * what the HLL sketch is fed ({@code update(long)}, no allocation). Each type has its own salt, so
 * the long 1, the double 1.0 and the text "1" are different values, as {@code Values.equal} says.
 */
final class ValueHashes {
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;
    private static final long STRING_SALT = 0x3c6ef372fe94f82bL;
    private static final long LONG_SALT = 0xa54ff53a5f1d36f1L;
    private static final long DOUBLE_SALT = 0x510e527fade682d1L;
    private static final long TRUE_HASH = Hashing.fmix64(0x9b05688c2b3e6c1fL);
    private static final long FALSE_HASH = Hashing.fmix64(0x1f83d9abfb41bd6bL);

    private ValueHashes() {}

    /** Four chars per round, mixed as MurmurHash3 mixes its blocks; then its finalizer. */
    static long ofString(String s) {
        int n = s.length();
        long h = STRING_SALT ^ (n * C1);
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            long k = s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32 | (long) s.charAt(i + 3) << 48;
            h ^= mix(k);
            h = Long.rotateLeft(h, 27) * 5 + 0x52dce729;
        }
        if (i < n) {
            long k = 0;
            for (int shift = 0; i < n; i++, shift += 16) k |= (long) s.charAt(i) << shift;
            h ^= mix(k);
        }
        return Hashing.fmix64(h);
    }

    static long ofLong(long v) {
        return Hashing.fmix64(v ^ LONG_SALT);
    }

    /** -0.0 hashes as 0.0 and every NaN alike, matching {@link #canonicalDouble}. */
    static long ofDouble(double v) {
        return Hashing.fmix64(Double.doubleToLongBits(v == 0.0 ? 0.0 : v) ^ DOUBLE_SALT);
    }

    static long ofBoolean(boolean v) {
        return v ? TRUE_HASH : FALSE_HASH;
    }

    /** Bytes, vectors, lists and maps: the low half of the 128-bit hash of their canonical bytes. */
    static long ofComplex(Object v) {
        return new CanonicalEncoder().value(v).hash(0).low();
    }

    /** The key under which a double is counted: -0.0 counts as 0.0 (they are equal numbers). */
    static Double canonicalDouble(Double d) {
        return d == 0.0 && Double.doubleToRawLongBits(d) != 0L ? Double.valueOf(0.0) : d;
    }

    private static long mix(long k) {
        k *= C1;
        k = Long.rotateLeft(k, 31);
        return k * C2;
    }
}
