package ai.refinery.learn.tensor;

/**
 * The reference: a plain triple loop with no blocking, used to check faster kernels and as the
 * last fallback. Sums each element in k order.
 */
public final class NaiveGemm implements Gemm {
    @Override
    public void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a, int aOffset, int lda,
                     float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float sum = 0f;
                for (int p = 0; p < k; p++) {
                    float x = transA ? a[aOffset + p * lda + i] : a[aOffset + i * lda + p];
                    float y = transB ? b[bOffset + j * ldb + p] : b[bOffset + p * ldb + j];
                    sum += x * y;
                }
                int at = cOffset + i * ldc + j;
                c[at] = alpha * sum + (beta == 0f ? 0f : beta * c[at]);
            }
        }
    }

    @Override
    public String name() {
        return "naive";
    }
}
