package ai.refinery.vision.dedup;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.GroupedOperator;
import ai.refinery.core.op.KeySink;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.util.Hash128;
import ai.refinery.core.util.Hashing;
import ai.refinery.vision.image.Image;
import java.nio.ByteBuffer;

/**
 * Drops images whose pixels (and shape) equal an earlier record's, keeping the first in input
 * order (reason {@code duplicate_image}): a 128-bit hash of width, height, channels and pixels, so
 * the same picture stored twice, under two names or labels, counts once. Labels are not compared:
 * the same image under two labels is a duplicate too (and a label conflict for the label-issue finder).
 */
public final class ExactImageDedup implements GroupedOperator<Hash128> {
    private static final long serialVersionUID = 1L;
    private static final long SEED = 0x696d616765646475L;
    public static final String REASON = "duplicate_image";

    private final String field;

    ExactImageDedup(Config c) {
        this.field = c.field();
    }

    public record Config(@Setting(value = "Field holding the image.", defaultValue = "image") String field) {
        public Config {
            if (field == null || field.isBlank()) throw new IllegalArgumentException("'field' must name the image field, e.g. field: image");
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("exact_image_dedup", "Drops images whose pixels equal an earlier record's, keeping the first.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new ExactImageDedup(config);
        }
    }

    @Override
    public Hash128 signature(Record record) {
        Image image = Image.fromRecord(record, field);
        byte[] pixels = image.pixels();
        ByteBuffer b = ByteBuffer.allocate(12 + pixels.length).putInt(image.width()).putInt(image.height()).putInt(image.channels()).put(pixels);
        return Hashing.murmur3x64_128(b.array(), 0, b.capacity(), SEED);
    }

    @Override
    public void keys(Hash128 signature, KeySink sink) {
        sink.accept(signature.high(), signature.low());
    }

    @Override
    public String dropReason() {
        return REASON;
    }
}
