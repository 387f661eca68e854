package ai.refinery.vision.hash;

/**
 * Area-averaging ("box") resize of an 8-bit grayscale image, computed exactly in integers.
 *
 * <p>Source pixel {@code x} covers {@code [x*outW, (x+1)*outW)} and output column {@code ox}
 * covers {@code [ox*w, (ox+1)*w)} on a common integer axis, so every overlap is an integer weight
 * and the weights of one output cell sum to {@code w*h}. The result is therefore the sum
 * {@code mean * w * h} of each output cell, exact, with no rounding: hashes built on it compare
 * cells without floating-point ties (a constant image gives exactly equal cells). The largest
 * possible sum is {@code 255 * w * h < 2^39}. Works for up- and down-sampling; memory is
 * {@code O(outW * outH)} whatever the input size.
 */
public final class AreaResize {

    private AreaResize() {
    }

    /**
     * Checks that {@code pixels} is a {@code width x height} row-major 8-bit image.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static void checkImage(byte[] pixels, int width, int height) {
        if (pixels == null) {
            throw new IllegalArgumentException("image pixels are null");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException(
                    "image size must be positive, got " + width + "x" + height);
        }
        if ((long) width * height != pixels.length) {
            throw new IllegalArgumentException("image of " + width + "x" + height + " needs "
                    + (long) width * height + " pixels, got " + pixels.length);
        }
    }

    /**
     * Returns the {@code outW x outH} cell sums, row-major; divide by {@code width * height} for
     * the mean gray level of a cell.
     */
    public static long[] cellSums(byte[] pixels, int width, int height, int outW, int outH) {
        checkImage(pixels, width, height);
        if (outW <= 0 || outH <= 0) {
            throw new IllegalArgumentException("output size must be positive, got " + outW + "x" + outH);
        }
        long[] out = new long[outW * outH];
        long[] row = new long[outW];
        for (int y = 0; y < height; y++) {
            java.util.Arrays.fill(row, 0L);
            int base = y * width;
            for (int x = 0; x < width; x++) {
                int p = pixels[base + x] & 0xFF;
                if (p != 0) {
                    addSpread(row, 0, p, x, width, outW);
                }
            }
            // Spread this row's column sums over the output rows it overlaps.
            long lo = (long) y * outH;
            long hi = lo + outH;
            for (int oy = (int) (lo / height); oy < outH && (long) oy * height < hi; oy++) {
                long weight = Math.min(hi, (long) (oy + 1) * height) - Math.max(lo, (long) oy * height);
                int o = oy * outW;
                for (int ox = 0; ox < outW; ox++) {
                    out[o + ox] += row[ox] * weight;
                }
            }
        }
        return out;
    }

    /** Adds {@code value * overlap} of source index {@code s} (of {@code n}) to the {@code m} cells of {@code target}. */
    private static void addSpread(long[] target, int offset, long value, int s, int n, int m) {
        long lo = (long) s * m;
        long hi = lo + m;
        for (int o = (int) (lo / n); o < m && (long) o * n < hi; o++) {
            long weight = Math.min(hi, (long) (o + 1) * n) - Math.max(lo, (long) o * n);
            target[offset + o] += value * weight;
        }
    }
}
