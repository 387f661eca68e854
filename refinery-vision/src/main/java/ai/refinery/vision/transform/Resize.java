package ai.refinery.vision.transform;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.vision.image.Image;

/**
 * Resizes to {@code width x height} by bilinear interpolation with pixel centres aligned (the
 * convention of OpenCV's INTER_LINEAR and PIL without antialiasing): output pixel x samples the
 * source at {@code (x + 0.5) * srcW / width - 0.5}, clamped to the edge. Results are rounded.
 */
public final class Resize extends ImageMapper.PixelTransform {
    private static final long serialVersionUID = 1L;

    private final int width;
    private final int height;

    public Resize(Config c) {
        super(c.field());
        this.width = c.width();
        this.height = c.height();
    }

    public record Config(
            @Setting(value = "Field holding the image bytes.", defaultValue = "image") String field,
            @Setting("Width of the result in pixels.") int width,
            @Setting("Height of the result in pixels.") int height) {
        public Config {
            field = Settings.field(field, "field");
            Settings.size(width, height, "resize width x height");
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("resize", "Resizes images to width x height by bilinear interpolation.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new Resize(config);
        }
    }

    @Override
    protected Image transform(Image src) {
        if (src.width() == width && src.height() == height) return src;
        int[] x0 = new int[width];
        int[] x1 = new int[width];
        double[] fx = new double[width];
        axis(src.width(), width, x0, x1, fx);
        int[] y0 = new int[height];
        int[] y1 = new int[height];
        double[] fy = new double[height];
        axis(src.height(), height, y0, y1, fy);
        return Image.generate(width, height, src.channels(), (x, y, c) -> {
            double top = src.get(x0[x], y0[y], c) * (1 - fx[x]) + src.get(x1[x], y0[y], c) * fx[x];
            double bottom = src.get(x0[x], y1[y], c) * (1 - fx[x]) + src.get(x1[x], y1[y], c) * fx[x];
            return (int) Math.round(top * (1 - fy[y]) + bottom * fy[y]);
        });
    }

    /** The two source indices and the weight of the second for each output index along one axis. */
    static void axis(int src, int dst, int[] i0, int[] i1, double[] frac) {
        double scale = (double) src / dst;
        for (int i = 0; i < dst; i++) {
            double s = Math.max(0, Math.min(src - 1, (i + 0.5) * scale - 0.5));
            int lo = (int) Math.floor(s);
            i0[i] = lo;
            i1[i] = Math.min(lo + 1, src - 1);
            frac[i] = s - lo;
        }
    }
}
