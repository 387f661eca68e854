package ai.refinery.vision.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Each hash against its definition, computed the slow direct way. */
class HashDefinitionsTest {

    @Test
    void constantImagesHaveWellDefinedHashes() {
        for (int value : new int[] {0, 1, 128, 255}) {
            for (int[] size : new int[][] {{1, 1}, {28, 28}, {37, 11}}) {
                byte[] image = TestImages.constant(size[0], size[1], value);
                assertThat(DHash.hash(image, size[0], size[1])).isZero();
                assertThat(AverageHash.hash(image, size[0], size[1])).isZero();
                // All AC coefficients are exactly 0 = their median; only the DC bit can be set.
                assertThat(PHash.hash(image, size[0], size[1])).isEqualTo(value == 0 ? 0L : Long.MIN_VALUE);
            }
        }
    }

    @Test
    void dHashComparesHorizontalNeighboursOfThe9x8Shrink() {
        // A 9x8 image is its own shrink; right brighter than left -> 1, MSB = row 0, column 0.
        byte[] image = new byte[9 * 8];
        for (int row = 0; row < 8; row++) {
            for (int col = 0; col < 9; col++) {
                image[row * 9 + col] = (byte) (row % 2 == 0 ? col * 10 : 200 - col * 10);
            }
        }
        // Even rows increase (all ones), odd rows decrease (all zeros).
        assertThat(DHash.hash(image, 9, 8)).isEqualTo(0xFF00FF00FF00FF00L);
    }

    @Test
    void aHashSetsCellsAboveTheMean() {
        byte[] image = new byte[64];
        for (int i = 0; i < 64; i++) {
            image[i] = (byte) (i < 32 ? 10 : 200);
        }
        assertThat(AverageHash.hash(image, 8, 8)).isEqualTo(0x00000000FFFFFFFFL);
    }

    @Test
    void separableDctMatchesTheDirectTwoDimensionalDefinition() {
        long seed = new SplittableRandom().nextLong();
        SplittableRandom random = new SplittableRandom(seed);
        double[] image = new double[32 * 32];
        for (int i = 0; i < image.length; i++) {
            image[i] = random.nextDouble() * 255;
        }
        double[] fast = PHash.lowFrequencies(image);
        for (int v = 0; v < 8; v++) {
            for (int u = 0; u < 8; u++) {
                double s = 0;
                for (int y = 0; y < 32; y++) {
                    for (int x = 0; x < 32; x++) {
                        s += image[y * 32 + x]
                                * Math.cos(Math.PI * (2 * x + 1) * u / 64.0)
                                * Math.cos(Math.PI * (2 * y + 1) * v / 64.0);
                    }
                }
                double direct = s * Math.sqrt((u == 0 ? 1.0 : 2.0) / 32) * Math.sqrt((v == 0 ? 1.0 : 2.0) / 32);
                assertThat(fast[v * 8 + u]).as("seed %d, coefficient (%d,%d)", seed, v, u)
                        .isCloseTo(direct, Offset.offset(1e-7));
            }
        }
    }

    @Test
    void pHashBitsAreCoefficientsAboveTheAcMedian() {
        long seed = new SplittableRandom().nextLong();
        SplittableRandom random = new SplittableRandom(seed);
        byte[] image = new byte[32 * 32];
        random.nextBytes(image);
        double[] values = new double[32 * 32];
        for (int i = 0; i < values.length; i++) {
            values[i] = image[i] & 0xFF;
        }
        double[] c = PHash.lowFrequencies(values);
        double[] ac = java.util.Arrays.copyOfRange(c, 1, 64);
        java.util.Arrays.sort(ac);
        long expected = 0;
        for (int i = 0; i < 64; i++) {
            expected = (expected << 1) | (c[i] > ac[31] ? 1 : 0);
        }
        assertThat(PHash.hash(image, 32, 32)).as("seed %d", seed).isEqualTo(expected);
        // About half of the 63 AC bits are set by construction (31 above the median).
        assertThat(Long.bitCount(expected & Long.MAX_VALUE)).as("seed %d", seed).isEqualTo(31);
    }
}
