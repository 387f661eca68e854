package ai.refinery.vision.hash;

import java.util.Arrays;

/**
 * Perceptual DCT hash ("pHash") of an 8-bit grayscale image, as defined by C. Zauner,
 * "Implementation and Benchmarking of Perceptual Image Hash Functions", Master's thesis, Upper
 * Austria University of Applied Sciences, Hagenberg (2010), and described by N. Krawetz, "Looks
 * Like It" (2011): shrink to 32x32, take the 2-D DCT-II, keep the top-left 8x8 low frequencies, and
 * set a bit for each of those 64 coefficients that is greater than the median of the 63 AC
 * coefficients (the DC term is left out of the median because it only measures overall brightness
 * and would dominate it).
 *
 * <p>The shrink is an exact area average ({@link AreaResize}). The DCT is the orthonormal DCT-II,
 * computed separably from a precomputed cosine table, and only the 8 lowest frequencies of each
 * axis are computed. The AC coefficients are computed from the image minus its first cell: a
 * constant shift only changes the DC term, and this way a constant image gives AC terms that are
 * exactly 0 (not rounding noise), so its hash is well defined: only the DC bit, set when the image
 * is not black. Coefficient {@code (v, u)} (vertical, horizontal frequency) is bit
 * {@code 63 - (8*v + u)}.
 */
public final class PHash {

    private static final int N = 32;
    private static final int K = 8;
    /** COS[k][n] = alpha(k) * cos(pi * (2n + 1) * k / (2N)), orthonormal DCT-II basis. */
    private static final double[][] COS = cosineTable();

    private PHash() {
    }

    /** Returns the 64-bit perceptual hash of a {@code width x height} row-major 8-bit image. */
    public static long hash(byte[] pixels, int width, int height) {
        long[] cells = AreaResize.cellSums(pixels, width, height, N, N);
        double area = (double) width * height;
        double[] values = new double[N * N];
        long total = 0L;
        for (int i = 0; i < values.length; i++) {
            values[i] = (cells[i] - cells[0]) / area;
            total += cells[i];
        }
        double[] coefficients = lowFrequencies(values);
        // Orthonormal 2-D DC term = sum / N of the unshifted image.
        coefficients[0] = total / area / N;

        double[] ac = Arrays.copyOfRange(coefficients, 1, K * K);
        Arrays.sort(ac);
        double median = ac[ac.length / 2];
        long bits = 0L;
        for (double c : coefficients) {
            bits = (bits << 1) | (c > median ? 1L : 0L);
        }
        return bits;
    }

    /** The K x K lowest-frequency DCT-II coefficients of an N x N image, row-major (v, u). */
    static double[] lowFrequencies(double[] image) {
        // Rows first: rowFreq[y][u] = sum_x image[y][x] * COS[u][x].
        double[] rowFreq = new double[N * K];
        for (int y = 0; y < N; y++) {
            for (int u = 0; u < K; u++) {
                double[] basis = COS[u];
                double s = 0.0;
                for (int x = 0; x < N; x++) {
                    s += image[y * N + x] * basis[x];
                }
                rowFreq[y * K + u] = s;
            }
        }
        // Then columns: out[v][u] = sum_y COS[v][y] * rowFreq[y][u].
        double[] out = new double[K * K];
        for (int v = 0; v < K; v++) {
            double[] basis = COS[v];
            for (int u = 0; u < K; u++) {
                double s = 0.0;
                for (int y = 0; y < N; y++) {
                    s += basis[y] * rowFreq[y * K + u];
                }
                out[v * K + u] = s;
            }
        }
        return out;
    }

    private static double[][] cosineTable() {
        double[][] table = new double[K][N];
        for (int k = 0; k < K; k++) {
            double alpha = Math.sqrt((k == 0 ? 1.0 : 2.0) / N);
            for (int n = 0; n < N; n++) {
                table[k][n] = alpha * Math.cos(Math.PI * (2 * n + 1) * k / (2.0 * N));
            }
        }
        return table;
    }
}
