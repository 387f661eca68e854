package ai.refinery.vision.transform;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.vision.image.Image;

/**
 * Crops a {@code width x height} box: at {@code x, y} (top-left) when given, else centred (an odd
 * margin leaves the extra pixel on the right/bottom). A box reaching outside the image is an error
 * naming both sizes; use {@code pad} first to grow small images.
 */
public final class Crop extends ImageMapper.PixelTransform {
    private static final long serialVersionUID = 1L;

    private final Integer x;
    private final Integer y;
    private final int width;
    private final int height;

    public Crop(Config c) {
        super(c.field());
        this.x = c.x();
        this.y = c.y();
        this.width = c.width();
        this.height = c.height();
    }

    public record Config(
            @Setting(value = "Field holding the image bytes.", defaultValue = "image") String field,
            @Setting("Width of the box in pixels.") int width,
            @Setting("Height of the box in pixels.") int height,
            @Setting(value = "Left edge of the box; absent (with y) centres the box.", optional = true) Integer x,
            @Setting(value = "Top edge of the box; absent (with x) centres the box.", optional = true) Integer y) {
        public Config {
            field = Settings.field(field, "field");
            Settings.size(width, height, "crop width x height");
            if ((x == null) != (y == null)) throw new IllegalArgumentException("give both x and y for a box, or neither to centre it");
            if (x != null && (x < 0 || y < 0)) throw new IllegalArgumentException("x and y must not be negative, got " + x + ", " + y);
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("crop", "Crops images to a width x height box at x, y or centred.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new Crop(config);
        }
    }

    @Override
    protected Image transform(Image src) {
        int left = x != null ? x : (src.width() - width) / 2;
        int top = y != null ? y : (src.height() - height) / 2;
        if (left < 0 || top < 0 || (long) left + width > src.width() || (long) top + height > src.height()) {
            throw new IllegalArgumentException("crop box " + width + "x" + height + " at " + Math.max(left, 0) + "," + Math.max(top, 0)
                    + " does not fit in the " + src.width() + "x" + src.height() + " image");
        }
        if (left == 0 && top == 0 && width == src.width() && height == src.height()) return src;
        return Image.generate(width, height, src.channels(), (px, py, c) -> src.get(px + left, py + top, c));
    }
}
