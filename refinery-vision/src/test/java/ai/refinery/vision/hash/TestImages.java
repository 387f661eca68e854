package ai.refinery.vision.hash;

import java.util.SplittableRandom;

/** Seeded synthetic grayscale images: smooth random blobs, like a blurred photo. */
final class TestImages {

    private TestImages() {
    }

    /**
     * A photo-like image: random Gaussian blobs and a few sharp-edged rectangles over a gradient,
     * gray levels in [30, 200].
     */
    static byte[] blobs(long seed, int width, int height) {
        SplittableRandom random = new SplittableRandom(seed);
        int blobs = 6;
        double[] cx = new double[blobs];
        double[] cy = new double[blobs];
        double[] radius = new double[blobs];
        double[] amplitude = new double[blobs];
        for (int b = 0; b < blobs; b++) {
            cx[b] = random.nextDouble() * width;
            cy[b] = random.nextDouble() * height;
            radius[b] = (0.1 + 0.3 * random.nextDouble()) * Math.max(width, height);
            amplitude[b] = random.nextDouble() * 2 - 1;
        }
        double gx = random.nextDouble() * 2 - 1;
        double gy = random.nextDouble() * 2 - 1;
        int rects = 4;
        int[][] rect = new int[rects][];
        double[] rectLevel = new double[rects];
        for (int r = 0; r < rects; r++) {
            int x0 = random.nextInt(width);
            int y0 = random.nextInt(height);
            rect[r] = new int[] {x0, y0, x0 + 1 + random.nextInt(Math.max(1, width / 2)),
                y0 + 1 + random.nextInt(Math.max(1, height / 2))};
            rectLevel[r] = random.nextDouble() - 0.5;
        }
        double[] values = new double[width * height];
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = 0.5 * (gx * x / width + gy * y / height);
                for (int b = 0; b < blobs; b++) {
                    double dx = x - cx[b];
                    double dy = y - cy[b];
                    v += amplitude[b] * Math.exp(-(dx * dx + dy * dy) / (2 * radius[b] * radius[b]));
                }
                for (int r = 0; r < rects; r++) {
                    if (x >= rect[r][0] && x < rect[r][2] && y >= rect[r][1] && y < rect[r][3]) {
                        v += rectLevel[r];
                    }
                }
                values[y * width + x] = v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        byte[] pixels = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            pixels[i] = (byte) Math.round(30 + 170 * (values[i] - min) / (max - min + 1e-12));
        }
        return pixels;
    }

    static byte[] brighten(byte[] pixels, int delta) {
        byte[] out = new byte[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            out[i] = (byte) clamp((pixels[i] & 0xFF) + delta);
        }
        return out;
    }

    /** Adds uniform noise in [-amplitude, amplitude] to every pixel. */
    static byte[] noise(byte[] pixels, int amplitude, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] out = new byte[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            out[i] = (byte) clamp((pixels[i] & 0xFF) + random.nextInt(-amplitude, amplitude + 1));
        }
        return out;
    }

    static byte[] constant(int width, int height, int value) {
        byte[] out = new byte[width * height];
        java.util.Arrays.fill(out, (byte) value);
        return out;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
