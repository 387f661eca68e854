package ai.refinery.learn.tensor;

/**
 * General matrix multiply on row-major float arrays, as BLAS sgemm:
 * {@code C = alpha * op(A) * op(B) + beta * C}, where op(X) is X or its transpose, op(A) is m×k,
 * op(B) is k×n and C is m×n. {@code lda}, {@code ldb}, {@code ldc} are the row strides of the
 * arrays as stored (so for a transposed A stored k×m, lda ≥ m).
 *
 * <p>Implementations are deterministic for a given thread count: each element of C is summed in
 * a fixed order. Found by {@link Gemms#best()}.
 */
public interface Gemm {
    void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a, int aOffset, int lda,
              float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc);

    /** Name for reports, e.g. {@code vector-avx2-2threads} or {@code scalar}. */
    String name();

    /** {@code C = A·B} for plain rank-2 tensors (no transposes, beta 0). */
    default void multiply(Tensor a, Tensor b, Tensor c) {
        int m = a.rows();
        int k = a.cols();
        int n = b.cols();
        if (b.rows() != k || c.rows() != m || c.cols() != n) {
            throw new IllegalArgumentException("cannot multiply " + a + " by " + b + " into " + c);
        }
        gemm(false, false, m, n, k, 1f, a.data(), 0, k, b.data(), 0, n, 0f, c.data(), 0, n);
    }
}
