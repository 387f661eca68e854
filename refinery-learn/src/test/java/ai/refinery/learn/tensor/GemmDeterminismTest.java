package ai.refinery.learn.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Results are bit-identical run after run for a given thread count (each element of C is computed
 * by one thread in a fixed order), and for these kernels even across thread counts, since C is cut
 * only between whole elements and each element is summed the same way wherever it falls.
 */
class GemmDeterminismTest {
    private static final long SEED = Kernels.seed();

    /** The shapes of a batch-64 784-500-10 MLP step, and one that is large and odd. */
    private static final int[][] SHAPES = {
            {0, 0, 64, 500, 784}, {1, 0, 784, 500, 64}, {0, 1, 64, 784, 500}, {1, 1, 301, 203, 97}, {0, 0, 300, 200, 300},
    };

    @Test
    void repeatedRunsWithTheSameThreadCountAreBitIdentical() {
        for (int threads = 1; threads <= 3; threads++) {
            for (Gemm gemm : Kernels.all()) {
                if (!(gemm instanceof ParallelGemm p) || p.threads() != threads || p.kernel() instanceof NaiveGemm) continue;
                for (int s = 0; s < SHAPES.length; s++) {
                    GemmCase c = shape(s);
                    float[] first = c.run(gemm);
                    for (int run = 0; run < 4; run++) {
                        assertSameBits(c.run(gemm), first, gemm.name() + " run " + run + ", " + c);
                    }
                }
            }
        }
    }

    @Test
    void theThreadCountDoesNotChangeTheResult() {
        for (List<Gemm> core : Kernels.byCore()) {
            for (int s = 0; s < SHAPES.length; s++) {
                GemmCase c = shape(s);
                float[] alone = c.run(core.get(0));
                for (Gemm gemm : core.subList(1, core.size())) {
                    assertSameBits(c.run(gemm), alone, gemm.name() + " against " + core.get(0).name() + ", " + c);
                }
            }
        }
    }

    /** Bit for bit; AssertJ's containsExactly is far too slow for arrays of 400,000 floats. */
    private static void assertSameBits(float[] actual, float[] expected, String what) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.length; i++) {
            if (Float.floatToRawIntBits(actual[i]) != Float.floatToRawIntBits(expected[i])) {
                fail("%s: element %d is %s, was %s", what, i, actual[i], expected[i]);
            }
        }
    }

    private static GemmCase shape(int s) {
        int[] x = SHAPES[s];
        return GemmCase.of(SEED, 5000 + s, x[0] == 1, x[1] == 1, x[2], x[3], x[4], 1.5f, s % 2 == 0 ? 0f : 0.5f);
    }
}
