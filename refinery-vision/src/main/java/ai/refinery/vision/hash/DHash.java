package ai.refinery.vision.hash;

/**
 * Difference hash ("dHash") of an 8-bit grayscale image, after N. Krawetz, "Kind of Like That",
 * The Hacker Factor Blog (2013): shrink to 9x8 pixels, then for each of the 8 rows compare the 8
 * pairs of horizontally adjacent pixels; a bit is 1 when the right pixel is brighter than the left.
 *
 * <p>The shrink is an exact area average ({@link AreaResize}). Bit {@code 63 - (8*row + col)} holds
 * the comparison of columns {@code col} and {@code col+1} in {@code row} (row 0, column 0 is the
 * most significant bit). A constant image hashes to 0.
 */
public final class DHash {

    private DHash() {
    }

    /** Returns the 64-bit difference hash of a {@code width x height} row-major 8-bit image. */
    public static long hash(byte[] pixels, int width, int height) {
        long[] cells = AreaResize.cellSums(pixels, width, height, 9, 8);
        long bits = 0L;
        for (int row = 0; row < 8; row++) {
            for (int col = 0; col < 8; col++) {
                bits <<= 1;
                if (cells[row * 9 + col + 1] > cells[row * 9 + col]) {
                    bits |= 1L;
                }
            }
        }
        return bits;
    }
}
