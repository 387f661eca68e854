package ai.refinery.vision.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every perceptual hash here must have, checked for dHash, pHash and aHash. */
class PerceptualHashesTest {

    interface Hasher {
        long hash(byte[] pixels, int width, int height);
    }

    static Stream<Arguments> hashers() {
        return Stream.of(
                Arguments.of("dHash", (Hasher) DHash::hash),
                Arguments.of("pHash", (Hasher) PHash::hash),
                Arguments.of("aHash", (Hasher) AverageHash::hash));
    }

    private static final int W = 64;
    private static final int H = 48;
    private static final int IMAGES = 40;

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashers")
    void identicalImagesHashIdentically(String name, Hasher hasher) {
        for (long seed = 0; seed < IMAGES; seed++) {
            byte[] image = TestImages.blobs(seed, W, H);
            assertThat(HammingLsh.distance(hasher.hash(image, W, H), hasher.hash(image.clone(), W, H)))
                    .as("%s seed %d", name, seed).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashers")
    void slightlyBrightenedCopyIsClose(String name, Hasher hasher) {
        for (long seed = 0; seed < IMAGES; seed++) {
            byte[] image = TestImages.blobs(seed, W, H);
            // Levels stay in [30, 200] + 10: no clipping, so the brightening is a pure shift.
            int d = HammingLsh.distance(hasher.hash(image, W, H),
                    hasher.hash(TestImages.brighten(image, 10), W, H));
            assertThat(d).as("%s seed %d", name, seed).isLessThanOrEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashers")
    void slightlyNoisedCopyIsClose(String name, Hasher hasher) {
        int total = 0;
        int max = 0;
        for (long seed = 0; seed < IMAGES; seed++) {
            byte[] image = TestImages.blobs(seed, W, H);
            int d = HammingLsh.distance(hasher.hash(image, W, H),
                    hasher.hash(TestImages.noise(image, 8, seed + 1000), W, H));
            total += d;
            max = Math.max(max, d);
        }
        System.out.printf("%s, +-8 noise on %dx%d: mean distance %.2f, max %d%n",
                name, W, H, (double) total / IMAGES, max);
        // pHash's high AC terms sit near its median, so it is the most noise-sensitive of the three.
        assertThat(max).as("%s largest distance", name).isLessThanOrEqualTo(14);
        assertThat((double) total / IMAGES).as("%s mean distance", name).isLessThan(5.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashers")
    void differentImagesAreFar(String name, Hasher hasher) {
        int total = 0;
        int min = 64;
        for (long seed = 0; seed < IMAGES; seed++) {
            int d = HammingLsh.distance(hasher.hash(TestImages.blobs(seed, W, H), W, H),
                    hasher.hash(TestImages.blobs(seed + 5000, W, H), W, H));
            total += d;
            min = Math.min(min, d);
        }
        System.out.printf("%s, unrelated images: mean distance %.2f, min %d%n",
                name, (double) total / IMAGES, min);
        assertThat((double) total / IMAGES).as("%s mean distance", name).isGreaterThan(20.0);
        assertThat(min).as("%s smallest distance", name).isGreaterThan(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashers")
    void anySizeWorksIncludingOnePixelAndUpsampling(String name, Hasher hasher) {
        assertThat(hasher.hash(new byte[] {(byte) 77}, 1, 1)).isEqualTo(hasher.hash(new byte[] {(byte) 77}, 1, 1));
        byte[] small = TestImages.blobs(3, 5, 3);
        assertThat(hasher.hash(small, 5, 3)).isEqualTo(hasher.hash(small.clone(), 5, 3));
        byte[] tall = TestImages.blobs(4, 1, 300);
        assertThat(hasher.hash(tall, 1, 300)).isEqualTo(hasher.hash(tall.clone(), 1, 300));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashers")
    void rescaledCopyIsClose(String name, Hasher hasher) {
        for (long seed = 0; seed < 10; seed++) {
            byte[] big = TestImages.blobs(seed, 128, 96);
            // Exact 2x downscale of the same image.
            long[] sums = AreaResize.cellSums(big, 128, 96, 64, 48);
            byte[] half = new byte[64 * 48];
            for (int i = 0; i < half.length; i++) {
                half[i] = (byte) Math.round(sums[i] / (128.0 * 96));
            }
            int d = HammingLsh.distance(hasher.hash(big, 128, 96), hasher.hash(half, 64, 48));
            assertThat(d).as("%s seed %d", name, seed).isLessThanOrEqualTo(4);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hashers")
    void badImageIsRefusedWithTheReason(String name, Hasher hasher) {
        assertThatThrownBy(() -> hasher.hash(new byte[3], 2, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2x2 needs 4 pixels, got 3");
    }
}
