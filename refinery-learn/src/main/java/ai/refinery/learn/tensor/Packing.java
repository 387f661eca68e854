package ai.refinery.learn.tensor;

import java.util.Arrays;

/**
 * Copies parts of op(A) and op(B) into the contiguous layouts the micro-kernels stream through, so
 * a kernel sees neither a transpose nor a stride. Edges are padded with zeros: a kernel always
 * computes a full tile, and a zero adds nothing to a sum.
 */
final class Packing {
    private Packing() {}

    /**
     * Rows {@code i0 .. i0+rows} and columns {@code p0 .. p0+kc} of op(A) as one panel of {@code mr}
     * rows at {@code at}: for each p, the mr values of column p (rows past {@code rows} are zero).
     */
    static void packAPanel(boolean transA, float[] a, int aOffset, int lda, int i0, int rows, int p0, int kc, int mr,
                           float[] dst, int at) {
        if (transA) {
            // A is stored k×m: the mr values of a column are contiguous.
            for (int p = 0; p < kc; p++) {
                int src = aOffset + (p0 + p) * lda + i0;
                int d = at + p * mr;
                for (int r = 0; r < rows; r++) dst[d + r] = a[src + r];
                for (int r = rows; r < mr; r++) dst[d + r] = 0f;
            }
        } else {
            for (int r = 0; r < rows; r++) {
                int src = aOffset + (i0 + r) * lda + p0;
                for (int p = 0; p < kc; p++) dst[at + p * mr + r] = a[src + p];
            }
            for (int r = rows; r < mr; r++) {
                for (int p = 0; p < kc; p++) dst[at + p * mr + r] = 0f;
            }
        }
    }

    /**
     * Rows {@code p0 .. p0+kc} and columns {@code j0 .. j0+cols} of op(B) as one panel of {@code nr}
     * columns at {@code at}: for each p, the nr values of row p (columns past {@code cols} are zero).
     */
    static void packBPanel(boolean transB, float[] b, int bOffset, int ldb, int p0, int kc, int j0, int cols, int nr,
                           float[] dst, int at) {
        if (transB) {
            // B is stored n×k: read along k, write with stride nr (the panel is small enough for L1).
            for (int j = 0; j < cols; j++) {
                int src = bOffset + (j0 + j) * ldb + p0;
                for (int p = 0; p < kc; p++) dst[at + p * nr + j] = b[src + p];
            }
            if (cols < nr) {
                for (int p = 0; p < kc; p++) Arrays.fill(dst, at + p * nr + cols, at + (p + 1) * nr, 0f);
            }
        } else {
            for (int p = 0; p < kc; p++) {
                int d = at + p * nr;
                System.arraycopy(b, bOffset + (p0 + p) * ldb + j0, dst, d, cols);
                if (cols < nr) Arrays.fill(dst, d + cols, d + nr, 0f);
            }
        }
    }

    /**
     * Rows {@code p0 .. p0+kc} and columns {@code j0 .. j0+nc} of op(B) as one array per row, each
     * starting at index 0: the layout the scalar kernel's auto-vectorized loops need.
     */
    static void packBRows(boolean transB, float[] b, int bOffset, int ldb, int p0, int kc, int j0, int nc, float[][] dst) {
        if (transB) {
            for (int j = 0; j < nc; j++) {
                int src = bOffset + (j0 + j) * ldb + p0;
                for (int p = 0; p < kc; p++) dst[p][j] = b[src + p];
            }
        } else {
            for (int p = 0; p < kc; p++) System.arraycopy(b, bOffset + (p0 + p) * ldb + j0, dst[p], 0, nc);
        }
    }
}
