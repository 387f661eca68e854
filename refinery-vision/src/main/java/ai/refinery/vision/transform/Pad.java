package ai.refinery.vision.transform;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.vision.image.Image;

/**
 * Pads to {@code width x height}, the image centred (an odd margin puts the extra pixel on the
 * right/bottom) and the border set to {@code fill}. An image larger than the target is an error
 * naming both sizes: padding never crops.
 */
public final class Pad extends ImageMapper.PixelTransform {
    private static final long serialVersionUID = 1L;

    private final int width;
    private final int height;
    private final int fill;

    public Pad(Config c) {
        super(c.field());
        this.width = c.width();
        this.height = c.height();
        this.fill = c.fill();
    }

    public record Config(
            @Setting(value = "Field holding the image bytes.", defaultValue = "image") String field,
            @Setting("Width of the result in pixels.") int width,
            @Setting("Height of the result in pixels.") int height,
            @Setting(value = "Value 0..255 of the added pixels, in every channel.", defaultValue = "0") int fill) {
        public Config {
            field = Settings.field(field, "field");
            Settings.size(width, height, "pad width x height");
            if (fill < 0 || fill > 255) throw new IllegalArgumentException("fill must be between 0 and 255, got " + fill);
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("pad", "Pads images to width x height around the centre with a fill value.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new Pad(config);
        }
    }

    @Override
    protected Image transform(Image src) {
        if (src.width() > width || src.height() > height) {
            throw new IllegalArgumentException("cannot pad the " + src.width() + "x" + src.height() + " image to the smaller "
                    + width + "x" + height + "; crop or resize it first");
        }
        if (src.width() == width && src.height() == height) return src;
        int left = (width - src.width()) / 2;
        int top = (height - src.height()) / 2;
        return Image.generate(width, height, src.channels(), (x, y, c) -> {
            int sx = x - left;
            int sy = y - top;
            return sx >= 0 && sy >= 0 && sx < src.width() && sy < src.height() ? src.get(sx, sy, c) : fill;
        });
    }
}
