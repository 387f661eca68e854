package ai.refinery.text.words;

/**
 * Hashing modulo the Mersenne prime 2<sup>61</sup>−1: token hashes and polynomial hashes of token
 * or character windows that roll in constant time per step. Polynomial hashing modulo a prime
 * (unlike modulo 2<sup>64</sup>) has no known family of colliding inputs: two different windows of
 * at most n items collide with probability about n / 2<sup>61</sup>.
 */
public final class Hash61 {
    /** The modulus 2<sup>61</sup>−1; every hash is in [0, P). */
    public static final long P = (1L << 61) - 1;
    /** The polynomial base, a fixed random residue. */
    public static final long BASE = 0x0A3F_5C2D_91B7_E4C1L % P;

    private Hash61() {}

    /** (a · b) mod P for a, b in [0, P). */
    public static long mul(long a, long b) {
        long lo = a * b;
        long hi = Math.multiplyHigh(a, b);
        long r = (lo & P) + ((lo >>> 61) | (hi << 3));
        r = (r & P) + (r >>> 61);
        return r >= P ? r - P : r;
    }

    public static long add(long a, long b) {
        long r = a + b;
        return r >= P ? r - P : r;
    }

    public static long sub(long a, long b) {
        long r = a - b;
        return r < 0 ? r + P : r;
    }

    /** BASE<sup>k</sup> mod P. */
    public static long pow(int k) {
        long r = 1;
        long b = BASE;
        for (int e = k; e > 0; e >>= 1) {
            if ((e & 1) != 0) r = mul(r, b);
            b = mul(b, b);
        }
        return r;
    }

    /** A well-mixed 64-bit value reduced into [0, P). */
    public static long reduce(long x) {
        long r = mix(x) >>> 3;
        return r >= P ? r - P : r;
    }

    /** The hash of chars [start, end) of {@code s}, by code point, lower-cased when {@code fold}. */
    public static long of(CharSequence s, int start, int end, boolean fold) {
        long h = 0x243F_6A88_85A3_08D3L;
        for (int i = start; i < end; ) {
            int cp = s.charAt(i);
            if (cp < 0x80) { // ASCII fast path: no surrogates, lower-casing by arithmetic
                if (fold && cp >= 'A' && cp <= 'Z') cp += 32;
                i++;
            } else {
                cp = Character.codePointAt(s, i);
                i += Character.charCount(cp);
                if (fold) cp = Character.toLowerCase(cp);
            }
            h = Long.rotateLeft(h ^ (cp * 0x9E37_79B9_7F4A_7C15L), 27) * 0xC2B2_AE3D_27D4_EB4FL;
        }
        return reduce(h ^ (end - start));
    }

    /** The hash of a whole string. */
    public static long of(CharSequence s, boolean fold) {
        return of(s, 0, s.length(), fold);
    }

    /** MurmurHash3's 64-bit finalizer: every input bit affects every output bit. */
    public static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51_afd7_ed55_8ccdL;
        k ^= k >>> 33;
        k *= 0xc4ce_b9fe_1a85_ec53L;
        k ^= k >>> 33;
        return k;
    }
}
