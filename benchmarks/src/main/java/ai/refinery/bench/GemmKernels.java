package ai.refinery.bench;

import ai.refinery.learn.tensor.Gemm;
import ai.refinery.learn.tensor.Gemms;
import ai.refinery.learn.tensor.NaiveGemm;

/** The kernels the matrix-multiply benchmarks compare, by name: naive, scalar, vector. */
final class GemmKernels {
    private GemmKernels() {}

    /** {@code naive} is the single-thread reference; the others run on {@code threads} threads. */
    static Gemm byName(String name, int threads) {
        return switch (name) {
            case "naive" -> new NaiveGemm();
            case "scalar" -> Gemms.scalar(threads);
            case "vector" -> Gemms.vector(threads).orElseThrow(() -> new IllegalStateException(
                    "no vector kernel: " + Gemms.whyScalar().orElse("unknown reason")));
            default -> throw new IllegalArgumentException("unknown kernel " + name + " (naive, scalar or vector)");
        };
    }

    /** A seeded matrix of values in [-1, 1). */
    static float[] random(int size, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        float[] x = new float[size];
        for (int i = 0; i < size; i++) x[i] = (float) (random.nextDouble() * 2 - 1);
        return x;
    }
}
