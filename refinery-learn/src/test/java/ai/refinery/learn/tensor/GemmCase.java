package ai.refinery.learn.tensor;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One random product for kernel tests: op(A), op(B) and C stored at offsets and with row strides
 * larger than their widths, the padding filled with a sentinel that must survive. The expected C is
 * computed by {@link NaiveGemm}, and the tolerance of each element from the sum of magnitudes of its
 * terms, since kernels sum in different orders.
 */
final class GemmCase {
    static final float SENTINEL = 12345.5f;

    final long seed;
    final boolean transA;
    final boolean transB;
    final int m;
    final int n;
    final int k;
    final float alpha;
    final float beta;
    final float[] a;
    final int aOffset;
    final int lda;
    final float[] b;
    final int bOffset;
    final int ldb;
    final float[] c0;
    final int cOffset;
    final int ldc;

    GemmCase(long seed, boolean transA, boolean transB, int m, int n, int k, float alpha, float beta) {
        this.seed = seed;
        this.transA = transA;
        this.transB = transB;
        this.m = m;
        this.n = n;
        this.k = k;
        this.alpha = alpha;
        this.beta = beta;
        SplittableRandom random = new SplittableRandom(seed);
        int aRows = transA ? k : m;
        int aCols = transA ? m : k;
        int bRows = transB ? n : k;
        int bCols = transB ? k : n;
        this.aOffset = random.nextInt(5);
        this.lda = aCols + random.nextInt(4);
        this.bOffset = random.nextInt(5);
        this.ldb = bCols + random.nextInt(4);
        this.cOffset = random.nextInt(5);
        this.ldc = n + random.nextInt(4);
        this.a = matrix(random, aOffset, aRows, aCols, lda);
        this.b = matrix(random, bOffset, bRows, bCols, ldb);
        this.c0 = matrix(random, cOffset, m, n, ldc);
    }

    /** A case with its own seed derived from a run seed and a case number. */
    static GemmCase of(long runSeed, int caseNumber, boolean transA, boolean transB, int m, int n, int k, float alpha, float beta) {
        return new GemmCase(runSeed * 31 + caseNumber, transA, transB, m, n, k, alpha, beta);
    }

    private static float[] matrix(SplittableRandom random, int offset, int rows, int cols, int ld) {
        float[] x = new float[offset + Math.max(0, rows - 1) * ld + cols + random.nextInt(3)];
        Arrays.fill(x, SENTINEL);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) x[offset + i * ld + j] = (float) (random.nextDouble() * 2 - 1);
        }
        return x;
    }

    /** Runs {@code gemm} on a fresh copy of C and returns it. */
    float[] run(Gemm gemm) {
        float[] c = c0.clone();
        gemm.gemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
        return c;
    }

    /** The expected C, from the reference kernel. */
    float[] expected() {
        return run(new NaiveGemm());
    }

    /** Per element of C (same layout), the largest error a correct float kernel can make. */
    float[] tolerance() {
        float[] absA = abs(a);
        float[] absB = abs(b);
        float[] bound = new float[c0.length];
        new NaiveGemm().gemm(transA, transB, m, n, k, 1f, absA, aOffset, lda, absB, bOffset, ldb, 0f, bound, cOffset, ldc);
        double eps = Math.ulp(1f);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int at = cOffset + i * ldc + j;
                double scale = Math.abs(alpha) * bound[at] + (beta == 0f ? 0 : Math.abs(beta * c0[at]));
                bound[at] = (float) (2 * (k + 2) * eps * scale + Float.MIN_NORMAL);
            }
        }
        return bound;
    }

    private static float[] abs(float[] x) {
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) y[i] = Math.abs(x[i]);
        return y;
    }

    boolean inC(int index) {
        if (m == 0 || n == 0) return false;
        int rel = index - cOffset;
        return rel >= 0 && rel / ldc < m && rel % ldc < n;
    }

    @Override
    public String toString() {
        return String.format("seed=%d %s%s m=%d n=%d k=%d alpha=%s beta=%s offsets=%d/%d/%d ld=%d/%d/%d",
                seed, transA ? "Aᵀ" : "A", transB ? "Bᵀ" : "B", m, n, k, alpha, beta, aOffset, bOffset, cOffset, lda, ldb, ldc);
    }
}
