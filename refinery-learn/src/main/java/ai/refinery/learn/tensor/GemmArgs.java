package ai.refinery.learn.tensor;

/**
 * Checks and trivial cases shared by the fast kernels. The packed kernels read whole panels, so a
 * stride that is too small would silently read the wrong elements rather than fail: check first.
 */
final class GemmArgs {
    private GemmArgs() {}

    static void check(boolean transA, boolean transB, int m, int n, int k, float[] a, int aOffset, int lda,
                      float[] b, int bOffset, int ldb, float[] c, int cOffset, int ldc) {
        if (m < 0 || n < 0 || k < 0) throw new IllegalArgumentException("negative size m=" + m + " n=" + n + " k=" + k);
        if (m == 0 || n == 0) return;
        checkMatrix("A", a, aOffset, lda, transA ? k : m, transA ? m : k);
        checkMatrix("B", b, bOffset, ldb, transB ? n : k, transB ? k : n);
        checkMatrix("C", c, cOffset, ldc, m, n);
    }

    private static void checkMatrix(String name, float[] x, int offset, int ld, int rows, int cols) {
        if (rows == 0 || cols == 0) return;
        if (ld < cols) throw new IllegalArgumentException("ld" + name.toLowerCase() + "=" + ld + " < " + cols + " columns of " + name);
        long last = (long) offset + (long) (rows - 1) * ld + cols - 1;
        if (offset < 0 || last >= x.length) {
            throw new IllegalArgumentException(name + " (" + rows + "x" + cols + ", offset " + offset + ", ld " + ld
                    + ") does not fit in an array of " + x.length);
        }
    }

    /** {@code C = beta * C}: the whole product when k or alpha is 0 (BLAS then reads neither A nor B). */
    static void scale(int m, int n, float beta, float[] c, int cOffset, int ldc) {
        if (beta == 1f) return;
        for (int i = 0; i < m; i++) {
            int row = cOffset + i * ldc;
            for (int j = 0; j < n; j++) c[row + j] = beta == 0f ? 0f : beta * c[row + j];
        }
    }

    /** The k block length: k split into equal blocks of at most {@code max}, so no block is a sliver. */
    static int kBlock(int k, int max) {
        int blocks = (k + max - 1) / max;
        return (k + blocks - 1) / blocks;
    }
}
