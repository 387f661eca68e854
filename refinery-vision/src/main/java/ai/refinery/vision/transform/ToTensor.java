package ai.refinery.vision.transform;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.vision.image.Image;

/**
 * Writes the image as floats in [0, 1] ({@code v / 255}) to a float vector field, ready for the
 * learn module; the bytes stay unless {@code drop_bytes}.
 */
public final class ToTensor extends ImageMapper {
    private static final long serialVersionUID = 1L;
    private static final double[] ZERO = {0};
    private static final double[] ONE = {1};

    private final String output;
    private final Tensors.Layout layout;
    private final boolean dropBytes;

    public ToTensor(Config c) {
        super(c.field());
        this.output = c.output();
        this.layout = c.layout();
        this.dropBytes = c.dropBytes();
    }

    public record Config(
            @Setting(value = "Field holding the image bytes.", defaultValue = "image") String field,
            @Setting(value = "Field that receives the floats.", defaultValue = "pixels") String output,
            @Setting(value = "hwc: the bytes' order (channels interleaved); chw: one plane per channel (PyTorch).",
                    defaultValue = "hwc") Tensors.Layout layout,
            @Setting(value = "Remove the image bytes once converted.", defaultValue = "false") boolean dropBytes) {
        public Config {
            field = Settings.field(field, "field");
            output = Settings.field(output, "output");
            if (layout == null) layout = Tensors.Layout.HWC;
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("to_tensor", "Writes image bytes as floats in [0, 1] to a float vector field.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new ToTensor(config);
        }
    }

    @Override
    protected Record apply(Image image, Record record) {
        return Tensors.write(record, field, output, dropBytes, Tensors.floats(image, ZERO, ONE, layout));
    }
}
