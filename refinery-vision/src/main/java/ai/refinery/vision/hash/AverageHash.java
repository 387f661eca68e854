package ai.refinery.vision.hash;

/**
 * Average hash ("aHash") of an 8-bit grayscale image, after N. Krawetz, "Looks Like It", The Hacker
 * Factor Blog (2011): shrink to 8x8 pixels, and set a bit for each pixel brighter than the mean of
 * the 64.
 *
 * <p>The shrink is an exact area average ({@link AreaResize}) and the comparison is done in integers
 * ({@code 64 * cell > sum of cells}), so a constant image hashes to 0. Cell {@code (row, col)} is bit
 * {@code 63 - (8*row + col)}.
 */
public final class AverageHash {

    private AverageHash() {
    }

    /** Returns the 64-bit average hash of a {@code width x height} row-major 8-bit image. */
    public static long hash(byte[] pixels, int width, int height) {
        long[] cells = AreaResize.cellSums(pixels, width, height, 8, 8);
        long total = 0L;
        for (long c : cells) {
            total += c;
        }
        long bits = 0L;
        for (long c : cells) {
            bits = (bits << 1) | (c * 64 > total ? 1L : 0L);
        }
        return bits;
    }
}
