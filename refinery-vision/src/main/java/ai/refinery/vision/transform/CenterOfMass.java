package ai.refinery.vision.transform;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.vision.image.Image;

/**
 * Shifts the image so that its intensity centroid lands on the centre pixel, as MNIST was made
 * (LeCun et al.: each 20x20 digit placed in 28x28 "by computing the center of mass of the pixels,
 * and translating the image so as to position this point at the center"). The shift is rounded to
 * whole pixels; pixels moved out are lost and uncovered ones get {@code fill}. With colour, the
 * intensity is the sum of the channels. A blank image is left as it is.
 */
public final class CenterOfMass extends ImageMapper.PixelTransform {
    private static final long serialVersionUID = 1L;

    private final int fill;

    public CenterOfMass(Config c) {
        super(c.field());
        this.fill = c.fill();
    }

    public record Config(
            @Setting(value = "Field holding the image bytes.", defaultValue = "image") String field,
            @Setting(value = "Value 0..255 of pixels uncovered by the shift (the background).", defaultValue = "0") int fill) {
        public Config {
            field = Settings.field(field, "field");
            if (fill < 0 || fill > 255) throw new IllegalArgumentException("fill must be between 0 and 255, got " + fill);
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("center_of_mass", "Shifts images so their intensity centroid is at the centre (MNIST-style).", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new CenterOfMass(config);
        }
    }

    @Override
    protected Image transform(Image src) {
        double total = 0;
        double sx = 0;
        double sy = 0;
        for (int y = 0; y < src.height(); y++) {
            for (int x = 0; x < src.width(); x++) {
                int v = 0;
                for (int c = 0; c < src.channels(); c++) v += src.get(x, y, c);
                total += v;
                sx += (double) v * x;
                sy += (double) v * y;
            }
        }
        if (total == 0) return src;
        int dx = (int) Math.round((src.width() - 1) / 2.0 - sx / total);
        int dy = (int) Math.round((src.height() - 1) / 2.0 - sy / total);
        if (dx == 0 && dy == 0) return src;
        return Image.generate(src.width(), src.height(), src.channels(), (x, y, c) -> {
            int fx = x - dx;
            int fy = y - dy;
            return fx >= 0 && fy >= 0 && fx < src.width() && fy < src.height() ? src.get(fx, fy, c) : fill;
        });
    }
}
