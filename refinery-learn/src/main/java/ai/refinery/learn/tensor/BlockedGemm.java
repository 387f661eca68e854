package ai.refinery.learn.tensor;

import java.util.Arrays;

/**
 * The pure-Java kernel: C is computed in strips of {@link #MR} rows by up to {@link #NB} columns,
 * over blocks of {@link #KC} of k. For each block the rows of op(B) are packed into one array
 * each, and the MR rows of op(A) into one interleaved panel; the micro-kernel then accumulates
 * MR rows of C at once, so each loaded element of B feeds MR multiply-adds.
 *
 * <p>The micro-kernel is written for C2's auto-vectorizer (SuperWord), which on Java 17 gives up on
 * a loop that loads from an array at a loop-invariant offset other than its stores' (it cannot rule
 * out overlap), measured here at 4 instead of 40 GFLOPS: hence each row of B and of the
 * accumulators is a separate array indexed from 0. Each element of C is summed over k in order, block by
 * block, whatever part of C it is computed with: results do not depend on how C is split.
 */
public final class BlockedGemm implements Gemm, Tiled {
    static final int MR = 4;
    static final int NB = 256;
    static final int KC = 256;

    /** Hardware FMA turns each multiply-add into one vector instruction; without it Math.fma is very slow. */
    private static final boolean FMA = VmOptions.hasFastFma();

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private static final class Buffers {
        final float[][] b = new float[KC][NB];
        final float[] a = new float[KC * MR];
        final float[][] acc = new float[MR][NB];
    }

    @Override
    public void gemm(boolean transA, boolean transB, int m, int n, int k, float alpha, float[] a, int aOffset, int lda,
                     float[] b, int bOffset, int ldb, float beta, float[] c, int cOffset, int ldc) {
        GemmArgs.check(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc);
        if (m == 0 || n == 0) return;
        if (k == 0 || alpha == 0f) {
            GemmArgs.scale(m, n, beta, c, cOffset, ldc);
            return;
        }
        Buffers buf = BUFFERS.get();
        int kcMax = GemmArgs.kBlock(k, KC);
        for (int j0 = 0; j0 < n; j0 += NB) {
            int nc = Math.min(NB, n - j0);
            for (int p0 = 0; p0 < k; p0 += kcMax) {
                int kc = Math.min(kcMax, k - p0);
                float betaHere = p0 == 0 ? beta : 1f; // later k blocks add to what the first wrote
                Packing.packBRows(transB, b, bOffset, ldb, p0, kc, j0, nc, buf.b);
                for (int i0 = 0; i0 < m; i0 += MR) {
                    int rows = Math.min(MR, m - i0);
                    Packing.packAPanel(transA, a, aOffset, lda, i0, rows, p0, kc, MR, buf.a, 0);
                    float[][] acc = buf.acc;
                    for (float[] row : acc) Arrays.fill(row, 0, nc, 0f);
                    if (FMA) {
                        kernelFma(kc, buf.a, buf.b, nc, acc[0], acc[1], acc[2], acc[3]);
                    } else {
                        kernelMulAdd(kc, buf.a, buf.b, nc, acc[0], acc[1], acc[2], acc[3]);
                    }
                    writeBack(acc, rows, nc, alpha, betaHere, c, cOffset + i0 * ldc + j0, ldc);
                }
            }
        }
    }

    /** Four rows of C += A panel · B rows, two steps of k per pass so each accumulator is loaded once per two FMAs. */
    private static void kernelFma(int kc, float[] ap, float[][] b, int nc, float[] c0, float[] c1, float[] c2, float[] c3) {
        int p = 0;
        for (; p + 1 < kc; p += 2) {
            float[] x = b[p];
            float[] y = b[p + 1];
            int q = p * MR;
            float a00 = ap[q], a10 = ap[q + 1], a20 = ap[q + 2], a30 = ap[q + 3];
            float a01 = ap[q + 4], a11 = ap[q + 5], a21 = ap[q + 6], a31 = ap[q + 7];
            for (int j = 0; j < nc; j++) {
                float xj = x[j];
                float yj = y[j];
                c0[j] = Math.fma(a01, yj, Math.fma(a00, xj, c0[j]));
                c1[j] = Math.fma(a11, yj, Math.fma(a10, xj, c1[j]));
                c2[j] = Math.fma(a21, yj, Math.fma(a20, xj, c2[j]));
                c3[j] = Math.fma(a31, yj, Math.fma(a30, xj, c3[j]));
            }
        }
        if (p < kc) {
            float[] x = b[p];
            int q = p * MR;
            float a0 = ap[q], a1 = ap[q + 1], a2 = ap[q + 2], a3 = ap[q + 3];
            for (int j = 0; j < nc; j++) {
                float xj = x[j];
                c0[j] = Math.fma(a0, xj, c0[j]);
                c1[j] = Math.fma(a1, xj, c1[j]);
                c2[j] = Math.fma(a2, xj, c2[j]);
                c3[j] = Math.fma(a3, xj, c3[j]);
            }
        }
    }

    /** The same without FMA hardware: one step of k per pass, which SuperWord vectorizes as multiply then add. */
    private static void kernelMulAdd(int kc, float[] ap, float[][] b, int nc, float[] c0, float[] c1, float[] c2, float[] c3) {
        for (int p = 0; p < kc; p++) {
            float[] x = b[p];
            int q = p * MR;
            float a0 = ap[q], a1 = ap[q + 1], a2 = ap[q + 2], a3 = ap[q + 3];
            for (int j = 0; j < nc; j++) {
                float xj = x[j];
                c0[j] += a0 * xj;
                c1[j] += a1 * xj;
                c2[j] += a2 * xj;
                c3[j] += a3 * xj;
            }
        }
    }

    /** {@code C = alpha*acc + beta*C}; beta 0 ignores what C held, as BLAS does. */
    private static void writeBack(float[][] acc, int rows, int nc, float alpha, float beta, float[] c, int at, int ldc) {
        for (int r = 0; r < rows; r++, at += ldc) {
            float[] t = acc[r];
            if (beta == 0f) {
                for (int j = 0; j < nc; j++) c[at + j] = alpha * t[j];
            } else {
                for (int j = 0; j < nc; j++) c[at + j] = alpha * t[j] + beta * c[at + j];
            }
        }
    }

    @Override
    public int rowTile() {
        return MR;
    }

    /** Columns are computed in strips of any width; 16 keeps a split on a 64-byte line. */
    @Override
    public int colTile() {
        return 16;
    }

    @Override
    public String name() {
        return "scalar";
    }
}
