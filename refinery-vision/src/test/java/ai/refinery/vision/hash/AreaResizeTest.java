package ai.refinery.vision.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AreaResizeTest {

    @Test
    void sameSizeGivesEachPixelTimesArea() {
        byte[] pixels = TestImages.blobs(1, 7, 5);
        long[] sums = AreaResize.cellSums(pixels, 7, 5, 7, 5);
        for (int i = 0; i < pixels.length; i++) {
            assertThat(sums[i]).isEqualTo((pixels[i] & 0xFF) * 35L);
        }
    }

    @Test
    void halvingAveragesTwoByTwoBlocks() {
        byte[] pixels = TestImages.blobs(2, 8, 6);
        long[] sums = AreaResize.cellSums(pixels, 8, 6, 4, 3);
        for (int oy = 0; oy < 3; oy++) {
            for (int ox = 0; ox < 4; ox++) {
                long block = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        block += pixels[(2 * oy + dy) * 8 + 2 * ox + dx] & 0xFF;
                    }
                }
                // mean * w * h = block / 4 * 48
                assertThat(sums[oy * 4 + ox]).isEqualTo(block * 12);
            }
        }
    }

    @Test
    void matchesAFloatingPointAreaAverageForOddSizes() {
        long seed = new SplittableRandom().nextLong();
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < 50; trial++) {
            int w = 1 + random.nextInt(40);
            int h = 1 + random.nextInt(40);
            int ow = 1 + random.nextInt(33);
            int oh = 1 + random.nextInt(33);
            byte[] pixels = new byte[w * h];
            random.nextBytes(pixels);
            long[] sums = AreaResize.cellSums(pixels, w, h, ow, oh);
            double[] expected = naiveAreaMean(pixels, w, h, ow, oh);
            for (int i = 0; i < sums.length; i++) {
                assertThat((double) sums[i] / ((long) w * h))
                        .as("seed %d, %dx%d -> %dx%d cell %d", seed, w, h, ow, oh, i)
                        .isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-6));
            }
        }
    }

    /** Direct definition: integrate the piecewise-constant image over each output cell. */
    private static double[] naiveAreaMean(byte[] pixels, int w, int h, int ow, int oh) {
        double[] out = new double[ow * oh];
        double sx = (double) w / ow;
        double sy = (double) h / oh;
        for (int oy = 0; oy < oh; oy++) {
            for (int ox = 0; ox < ow; ox++) {
                double total = 0;
                for (int y = 0; y < h; y++) {
                    double wy = Math.max(0, Math.min(y + 1, (oy + 1) * sy) - Math.max(y, oy * sy));
                    for (int x = 0; x < w; x++) {
                        double wx = Math.max(0, Math.min(x + 1, (ox + 1) * sx) - Math.max(x, ox * sx));
                        total += (pixels[y * w + x] & 0xFF) * wx * wy;
                    }
                }
                out[oy * ow + ox] = total / (sx * sy);
            }
        }
        return out;
    }

    @Test
    void badImagesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> AreaResize.cellSums(null, 1, 1, 2, 2)).hasMessageContaining("null");
        assertThatThrownBy(() -> AreaResize.cellSums(new byte[0], 0, 5, 2, 2))
                .hasMessageContaining("positive").hasMessageContaining("0x5");
        assertThatThrownBy(() -> AreaResize.cellSums(new byte[5], 2, 3, 2, 2))
                .hasMessageContaining("needs 6 pixels, got 5");
        assertThatThrownBy(() -> AreaResize.cellSums(new byte[4], 65536, 65536, 2, 2))
                .hasMessageContaining("needs 4294967296 pixels");
    }
}
