package ai.refinery.vision.image;

import ai.refinery.core.record.Record;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * An 8-bit image: {@code width x height} pixels of 1 (gray) or 3 (RGB) channels, row-major with
 * channels interleaved, exactly as records hold it (see the package documentation). Immutable: the
 * pixel array is never shared with callers who could change it, except through {@link #ownedPixels}.
 */
public final class Image {
    /** Field names of the shape, and of the IDX source's shape (rows = height, cols = width). */
    public static final String WIDTH = "width";
    public static final String HEIGHT = "height";
    public static final String CHANNELS = "channels";
    static final String IDX_ROWS = "rows";
    static final String IDX_COLS = "cols";

    /** Java arrays stop short of 2^31 elements. */
    public static final long MAX_BYTES = Integer.MAX_VALUE - 16;

    private final int width;
    private final int height;
    private final int channels;
    private final byte[] pixels;

    private Image(int width, int height, int channels, byte[] pixels) {
        this.width = width;
        this.height = height;
        this.channels = channels;
        this.pixels = pixels;
    }

    /** An image over a copy of {@code pixels}. */
    public static Image of(int width, int height, int channels, byte[] pixels) {
        checkShape(width, height, channels, pixels.length, "the pixel array");
        return new Image(width, height, channels, pixels.clone());
    }

    /** An image that takes ownership of {@code pixels} (the caller must not change them afterwards). */
    static Image wrap(int width, int height, int channels, byte[] pixels) {
        checkShape(width, height, channels, pixels.length, "the pixel array");
        return new Image(width, height, channels, pixels);
    }

    /** A blank image with every byte set to {@code fill}. */
    public static Image filled(int width, int height, int channels, int fill) {
        checkShape(width, height, channels, -1, null);
        byte[] p = new byte[width * height * channels];
        if (fill != 0) java.util.Arrays.fill(p, (byte) fill);
        return new Image(width, height, channels, p);
    }

    /** Builds an image from a function of (x, y, channel) giving 0..255 (values are clamped). */
    public static Image generate(int width, int height, int channels, PixelFunction f) {
        checkShape(width, height, channels, -1, null);
        byte[] p = new byte[width * height * channels];
        int i = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < channels; c++) p[i++] = (byte) clamp(f.value(x, y, c));
            }
        }
        return new Image(width, height, channels, p);
    }

    /** A pixel value from its position and channel. */
    @FunctionalInterface
    public interface PixelFunction {
        int value(int x, int y, int channel);
    }

    /**
     * Checks a shape; {@code bytes < 0} skips the length check.
     *
     * @throws IllegalArgumentException saying what is wrong, prefixed by {@code what} when given
     */
    static void checkShape(long width, long height, long channels, long bytes, String what) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be at least 1x1, got " + width + "x" + height);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 (gray) or 3 (RGB), got " + channels);
        }
        if (width > MAX_BYTES || height > MAX_BYTES || width * height > MAX_BYTES / channels) {
            throw new IllegalArgumentException("image of " + width + "x" + height + "x" + channels + " is too large (over "
                    + MAX_BYTES + " bytes)");
        }
        long expected = width * height * channels;
        if (bytes >= 0 && bytes != expected) {
            throw new IllegalArgumentException(what + " holds " + bytes + " bytes but width " + width + " x height " + height
                    + " x channels " + channels + " = " + expected);
        }
    }

    static int clamp(long v) {
        return v < 0 ? 0 : v > 255 ? 255 : (int) v;
    }

    public int width() { return width; }

    public int height() { return height; }

    public int channels() { return channels; }

    /** Number of bytes: width x height x channels. */
    public int size() { return pixels.length; }

    /** The value 0..255 at (x, y) in channel c. */
    public int get(int x, int y, int c) {
        return pixels[(y * width + x) * channels + c] & 0xFF;
    }

    /** The value 0..255 at flat index i (row-major, channels interleaved). */
    public int at(int i) {
        return pixels[i] & 0xFF;
    }

    /** A copy of the pixels. */
    public byte[] pixels() {
        return pixels.clone();
    }

    /** The pixels themselves, for writing into a record that will own them (records do not change their values). */
    byte[] ownedPixels() {
        return pixels;
    }

    /**
     * Reads the image in {@code field} of a record, with its shape from {@code width}, {@code height}
     * and {@code channels} (channels 1 when absent), or from the IDX source's {@code rows} and {@code cols}.
     *
     * @throws IllegalArgumentException naming the record and what is missing or inconsistent
     */
    public static Image fromRecord(Record record, String field) {
        String where = "record " + record.id() + ": ";
        Object value = record.get(field);
        if (!(value instanceof byte[] bytes)) {
            throw new IllegalArgumentException(where + (value == null ? "field '" + field + "' is missing or null"
                    : "field '" + field + "' holds " + kind(value) + ", not image bytes"));
        }
        long width;
        long height;
        if (record.get(WIDTH) != null || record.get(HEIGHT) != null) {
            width = dimension(record, WIDTH, where);
            height = dimension(record, HEIGHT, where);
        } else if (record.get(IDX_COLS) != null || record.get(IDX_ROWS) != null) {
            width = dimension(record, IDX_COLS, where);
            height = dimension(record, IDX_ROWS, where);
        } else {
            throw new IllegalArgumentException(where + "image '" + field + "' has no shape: fields width and height (or rows and"
                    + " cols) are missing");
        }
        long channels = record.get(CHANNELS) == null ? 1 : dimension(record, CHANNELS, where);
        try {
            checkShape(width, height, channels, bytes.length, "image '" + field + "'");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
        return new Image((int) width, (int) height, (int) channels, bytes); // records never change their values
    }

    private static long dimension(Record record, String name, String where) {
        Object v = record.get(name);
        if (v instanceof Long l) return l;
        if (v instanceof Integer i) return i;
        if (v instanceof Double d && d == Math.rint(d)) return d.longValue();
        throw new IllegalArgumentException(where + "field '" + name + "' must be a whole number, got "
                + (v == null ? "nothing" : kind(v)));
    }

    private static String kind(Object v) {
        if (v instanceof String s) return "text '" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'";
        return v.getClass().getSimpleName() + " " + (v.getClass().isArray() ? "array" : v);
    }

    /**
     * Writes this image into {@code field} of the builder with its width, height and channels; a
     * record from the IDX source (with rows and cols) gets them updated too.
     */
    public Record.Builder writeTo(Record.Builder b, String field) {
        b.set(field, pixels);
        b.set(WIDTH, (long) width).set(HEIGHT, (long) height).set(CHANNELS, (long) channels);
        if (b.get(IDX_ROWS) != null || b.get(IDX_COLS) != null) {
            b.set(IDX_ROWS, (long) height).set(IDX_COLS, (long) width);
        }
        return b;
    }

    /** ITU-R BT.601 luma of an 8-bit RGB colour: 0.299 R + 0.587 G + 0.114 B, rounded. */
    public static int luma(int r, int g, int b) {
        return (int) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    }

    /** This image in gray levels: itself when it has one channel, else each pixel's {@link #luma}. */
    public Image gray() {
        if (channels == 1) return this;
        byte[] g = new byte[width * height];
        for (int i = 0, p = 0; i < g.length; i++, p += channels) g[i] = (byte) luma(at(p), at(p + 1), at(p + 2));
        return new Image(width, height, 1, g);
    }

    /**
     * Converts a decoded image. {@code channels} 1 or 3 converts to that many; 0 keeps gray images
     * gray and makes all others RGB. Gray is read from the raster directly (Java's getRGB would
     * apply a gamma curve to it); colour goes through sRGB; colour to gray uses the ITU-R BT.601
     * luma weights 0.299 R + 0.587 G + 0.114 B. Alpha is dropped.
     */
    public static Image fromBufferedImage(BufferedImage img, int channels) {
        if (channels != 0 && channels != 1 && channels != 3) throw new IllegalArgumentException("channels must be 0, 1 or 3");
        int w = img.getWidth();
        int h = img.getHeight();
        boolean gray = !(img.getColorModel() instanceof IndexColorModel)
                && img.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        int out = channels == 0 ? (gray ? 1 : 3) : channels;
        checkShape(w, h, out, -1, null);
        byte[] p = new byte[w * h * out];
        if (gray) {
            Raster r = img.getRaster();
            int bits = r.getSampleModel().getSampleSize(0);
            int i = 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int v = r.getSample(x, y, 0);
                    v = bits > 8 ? v >>> (bits - 8) : bits < 8 ? v * 255 / ((1 << bits) - 1) : v;
                    for (int c = 0; c < out; c++) p[i++] = (byte) v;
                }
            }
        } else {
            int i = 0;
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                img.getRGB(0, y, w, 1, row, 0, w);
                for (int x = 0; x < w; x++) {
                    int rgb = row[x];
                    int r = (rgb >> 16) & 0xFF;
                    int g = (rgb >> 8) & 0xFF;
                    int b = rgb & 0xFF;
                    if (out == 1) {
                        p[i++] = (byte) luma(r, g, b);
                    } else {
                        p[i++] = (byte) r;
                        p[i++] = (byte) g;
                        p[i++] = (byte) b;
                    }
                }
            }
        }
        return new Image(w, h, out, p);
    }

    /** This image as a BufferedImage: TYPE_BYTE_GRAY for 1 channel, TYPE_INT_RGB for 3. */
    public BufferedImage toBufferedImage() {
        if (channels == 1) {
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            WritableRaster r = img.getRaster();
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) r.setSample(x, y, 0, get(x, y, 0));
            }
            return img;
        }
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) img.setRGB(x, y, (get(x, y, 0) << 16) | (get(x, y, 1) << 8) | get(x, y, 2));
        }
        return img;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image i && i.width == width && i.height == height && i.channels == channels
                && java.util.Arrays.equals(i.pixels, pixels);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(pixels) * 31 + width * 7 + height * 3 + channels;
    }

    @Override
    public String toString() {
        return "Image[" + width + "x" + height + "x" + channels + "]";
    }
}
