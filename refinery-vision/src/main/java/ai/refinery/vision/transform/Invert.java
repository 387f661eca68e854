package ai.refinery.vision.transform;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.vision.image.Image;

/** Inverts every value: {@code 255 - v} (white digits on black become black on white, and back). */
public final class Invert extends ImageMapper.PixelTransform {
    private static final long serialVersionUID = 1L;

    public Invert(Config c) {
        super(c.field());
    }

    public record Config(
            @Setting(value = "Field holding the image bytes.", defaultValue = "image") String field) {
        public Config {
            field = Settings.field(field, "field");
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("invert", "Inverts an image's pixel values (255 - v).", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new Invert(config);
        }
    }

    @Override
    protected Image transform(Image image) {
        return Image.generate(image.width(), image.height(), image.channels(), (x, y, c) -> 255 - image.get(x, y, c));
    }
}
