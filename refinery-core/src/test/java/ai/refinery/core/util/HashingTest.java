package ai.refinery.core.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HashingTest {

    /**
     * SMHasher's verification: hash keys {}, {0}, {0,1}, ... {0..254} with seed 256 - length,
     * hash the 256 concatenated results with seed 0, and read the first 4 bytes little-endian.
     * The published value for MurmurHash3_x64_128 is 0x6384BA69.
     */
    @Test
    void passesSmhasherVerification() {
        byte[] key = new byte[256];
        byte[] hashes = new byte[256 * 16];
        for (int i = 0; i < 256; i++) {
            key[i] = (byte) i;
            byte[] h = Hashing.murmur3x64_128(key, 0, i, 256 - i).toBytes();
            System.arraycopy(h, 0, hashes, i * 16, 16);
        }
        byte[] f = Hashing.murmur3x64_128(hashes).toBytes();
        int verification = (f[0] & 0xff) | (f[1] & 0xff) << 8 | (f[2] & 0xff) << 16 | (f[3] & 0xff) << 24;
        assertThat(verification).isEqualTo(0x6384BA69);
    }

    @Test
    void matchesPublishedVectors() {
        // The reference's 16 output bytes in hex, as published for x64_128 with seed 0.
        assertThat(hex(Hashing.murmur3x64_128("The quick brown fox jumps over the lazy dog", 0).toBytes()))
                .isEqualTo("6c1b07bc7bbc4be347939ac4a93c437a");
        assertThat(Hashing.murmur3x64_128("hell", 0)).isEqualTo(new Hash128(0x629942693e10f867L, 0x92db0b82baeb5347L));
        assertThat(Hashing.murmur3x64_128("The quick brown fox jumps over the lazy dog", 0))
                .isEqualTo(new Hash128(0xe34bbc7bbc071b6cL, 0x7a433ca9c49a9347L));
        assertThat(Hashing.murmur3x64_128(new byte[0])).isEqualTo(new Hash128(0, 0));
    }

    @Test
    void hashesOnlyTheGivenSlice() {
        byte[] data = "xxThe quick brown fox jumps over the lazy dogyy".getBytes(StandardCharsets.UTF_8);
        byte[] slice = Arrays.copyOfRange(data, 2, data.length - 2);
        for (long seed : new long[] {0, 1, 0xFFFFFFFFL, -7}) {
            assertThat(Hashing.murmur3x64_128(data, 2, data.length - 4, seed))
                    .isEqualTo(Hashing.murmur3x64_128(slice, 0, slice.length, seed));
        }
    }

    @Test
    void everyTailLengthAndSeedMatters() {
        byte[] data = new byte[40];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 31 + 7);
        java.util.Set<Hash128> seen = new java.util.HashSet<>();
        for (int len = 0; len <= data.length; len++) {
            seen.add(Hashing.murmur3x64_128(data, 0, len, 0));
            seen.add(Hashing.murmur3x64_128(data, 0, len, 1));
        }
        assertThat(seen).hasSize(2 * (data.length + 1));
    }

    @Test
    void fmix64IsTheReferenceFinalizer() {
        assertThat(Hashing.fmix64(0)).isZero();
        assertThat(Hashing.fmix64(1)).isNotEqualTo(Hashing.fmix64(2));
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) sb.append(String.format("%02x", b));
        return sb.toString();
    }
}
