package ai.refinery.learn.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kernel against {@link NaiveGemm}: odd sizes, all transposes, alpha and beta, offsets and strides. */
class GemmCorrectnessTest {
    private static final long SEED = Kernels.seed();

    private static final int[][] SIZES = {
            {1, 1, 1}, {7, 13, 5}, {65, 129, 33}, {300, 200, 100}, {8, 32, 1}, {9, 33, 257}, {1, 70, 40}, {70, 1, 40},
            {64, 500, 784 / 8}, {17, 3, 600},
    };
    private static final float[][] ALPHA_BETA = {{1f, 0f}, {0.5f, -1.5f}, {-2f, 1f}};

    static Stream<Gemm> kernels() {
        return Kernels.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void matchesTheReferenceOnFixedSizes(Gemm gemm) {
        List<GemmCase> cases = new ArrayList<>();
        int number = 0;
        for (int[] size : SIZES) {
            for (int t = 0; t < 4; t++) {
                float[] ab = ALPHA_BETA[(number) % ALPHA_BETA.length];
                cases.add(GemmCase.of(SEED, number++, (t & 1) != 0, (t & 2) != 0, size[0], size[1], size[2], ab[0], ab[1]));
            }
        }
        cases.forEach(c -> check(gemm, c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void matchesTheReferenceOnRandomSizes(Gemm gemm) {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 40; i++) {
            int m = 1 + random.nextInt(i < 30 ? 40 : 150);
            int n = 1 + random.nextInt(i < 30 ? 40 : 150);
            int k = 1 + random.nextInt(i < 30 ? 40 : 300);
            float[] ab = ALPHA_BETA[random.nextInt(ALPHA_BETA.length)];
            check(gemm, GemmCase.of(SEED, 1000 + i, random.nextBoolean(), random.nextBoolean(), m, n, k, ab[0], ab[1]));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void emptyDimensionsAndZeroAlphaOnlyScaleC(Gemm gemm) {
        check(gemm, GemmCase.of(SEED, 2000, false, false, 5, 7, 0, 1f, 0.5f));
        check(gemm, GemmCase.of(SEED, 2001, true, true, 5, 7, 0, 1f, 0f));
        check(gemm, GemmCase.of(SEED, 2002, false, true, 0, 7, 3, 1f, 2f));
        check(gemm, GemmCase.of(SEED, 2003, true, false, 5, 0, 3, 1f, 2f));
        check(gemm, GemmCase.of(SEED, 2004, false, false, 9, 40, 11, 0f, -1f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void betaZeroIgnoresWhatCHeld(Gemm gemm) {
        GemmCase c = GemmCase.of(SEED, 3000, false, false, 9, 35, 7, 1f, 0f);
        float[] nan = c.c0.clone();
        for (int i = 0; i < nan.length; i++) if (c.inC(i)) nan[i] = Float.NaN;
        gemm.gemm(false, false, c.m, c.n, c.k, 1f, c.a, c.aOffset, c.lda, c.b, c.bOffset, c.ldb, 0f, nan, c.cOffset, c.ldc);
        for (int i = 0; i < nan.length; i++) {
            if (c.inC(i)) assertThat(nan[i]).as("%s %s element %d", gemm.name(), c, i).isNotNaN();
        }
    }

    @Test
    void fastKernelsRejectStridesTooSmallForTheirMatrix() {
        float[] x = new float[100];
        for (Gemm gemm : List.of(new BlockedGemm(), Gemms.scalar(2))) {
            assertThatThrownBy(() -> gemm.gemm(false, false, 4, 4, 4, 1f, x, 0, 3, x, 0, 4, 0f, new float[16], 0, 4))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lda");
            assertThatThrownBy(() -> gemm.gemm(false, true, 4, 4, 4, 1f, x, 0, 4, x, 90, 4, 0f, new float[16], 0, 4))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("B");
        }
    }

    @Test
    void tensorMultiplyUsesTheKernel() {
        Tensor a = Tensor.wrap(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Tensor b = Tensor.wrap(new float[] {1, 0, 0, 1, 1, 1}, 3, 2);
        Tensor c = Tensor.matrix(2, 2);
        Gemms.best().multiply(a, b, c);
        assertThat(c.data()).containsExactly(4, 5, 10, 11);
    }

    static void check(Gemm gemm, GemmCase c) {
        float[] expected = c.expected();
        float[] tolerance = c.tolerance();
        float[] actual;
        try {
            actual = c.run(gemm);
        } catch (RuntimeException e) {
            throw new AssertionError(gemm.name() + " failed on " + c, e);
        }
        for (int i = 0; i < actual.length; i++) {
            if (!c.inC(i)) {
                if (Float.floatToRawIntBits(actual[i]) != Float.floatToRawIntBits(GemmCase.SENTINEL)) {
                    fail("%s wrote outside C at index %d (%s): %s", gemm.name(), i, c, actual[i]);
                }
            } else if (!(Math.abs(actual[i] - expected[i]) <= tolerance[i])) {
                int row = (i - c.cOffset) / c.ldc;
                int col = (i - c.cOffset) % c.ldc;
                fail("%s: C[%d][%d] = %s, expected %s ± %s (%s)", gemm.name(), row, col, actual[i], expected[i], tolerance[i], c);
            }
        }
    }
}
