package ai.refinery.vision.transform;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.vision.image.Image;
import java.util.List;

/**
 * Writes {@code (v / 255 - mean[c]) / std[c]} per channel to a float vector field, the
 * convention of torchvision's ToTensor + Normalize (mean and std on the [0, 1] scale; for MNIST
 * the usual values are mean 0.1307, std 0.3081). The bytes stay unless {@code drop_bytes}.
 */
public final class Normalize extends ImageMapper {
    private static final long serialVersionUID = 1L;

    private final double[] mean;
    private final double[] std;
    private final String output;
    private final Tensors.Layout layout;
    private final boolean dropBytes;

    public Normalize(Config c) {
        super(c.field());
        this.mean = c.mean().stream().mapToDouble(Double::doubleValue).toArray();
        this.std = c.std().stream().mapToDouble(Double::doubleValue).toArray();
        this.output = c.output();
        this.layout = c.layout();
        this.dropBytes = c.dropBytes();
    }

    public record Config(
            @Setting(value = "Field holding the image bytes.", defaultValue = "image") String field,
            @Setting("Mean of each channel on the [0, 1] scale: one value for all channels, or one per channel.") List<Double> mean,
            @Setting("Standard deviation of each channel on the [0, 1] scale, one value or one per channel; each > 0.")
            List<Double> std,
            @Setting(value = "Field that receives the floats.", defaultValue = "pixels") String output,
            @Setting(value = "hwc: the bytes' order (channels interleaved); chw: one plane per channel (PyTorch).",
                    defaultValue = "hwc") Tensors.Layout layout,
            @Setting(value = "Remove the image bytes once converted.", defaultValue = "false") boolean dropBytes) {
        public Config {
            field = Settings.field(field, "field");
            output = Settings.field(output, "output");
            if (layout == null) layout = Tensors.Layout.HWC;
            mean = values(mean, "mean");
            std = values(std, "std");
            for (double s : std) if (!(s > 0)) throw new IllegalArgumentException("std values must be above 0, got " + s);
        }

        private static List<Double> values(List<Double> v, String name) {
            if (v == null || (v.size() != 1 && v.size() != 3)) {
                throw new IllegalArgumentException("'" + name + "' must give 1 value (all channels) or 3 (R, G, B), got "
                        + (v == null ? "none" : v.size()));
            }
            for (Double d : v) {
                if (d == null || !Double.isFinite(d)) throw new IllegalArgumentException("'" + name + "' values must be finite numbers");
            }
            return List.copyOf(v);
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("normalize", "Writes (v/255 - mean) / std per channel to a float vector field.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new Normalize(config);
        }
    }

    @Override
    protected Record apply(Image image, Record record) {
        return Tensors.write(record, field, output, dropBytes, Tensors.floats(image, mean, std, layout));
    }
}
