package ai.refinery.vision.dedup;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.GroupedOperator;
import ai.refinery.core.op.KeySink;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.vision.hash.AverageHash;
import ai.refinery.vision.hash.DHash;
import ai.refinery.vision.hash.PHash;
import ai.refinery.vision.image.Image;

/**
 * Drops images within {@code max_distance} bits (Hamming distance of their 64-bit perceptual
 * hashes: pHash by default, or dHash, aHash) of an earlier record's, keeping the first in input order
 * (reason {@code near_duplicate_image}). Not O(n²): the engine groups records by keys, and the keys
 * are the hash cut into {@code max_distance + 1} blocks, so two hashes within the distance share at
 * least one block exactly (pigeonhole) and are compared; candidates are confirmed by their distance.
 * RGB images are hashed on their gray levels (BT.601).
 */
public final class PerceptualImageDedup implements GroupedOperator<Long> {
    private static final long serialVersionUID = 1L;
    public static final String REASON = "near_duplicate_image";

    private final String field;
    private final Hash hash;
    private final int maxDistance;

    PerceptualImageDedup(Config c) {
        this.field = c.field();
        this.hash = c.hash();
        this.maxDistance = c.maxDistance();
    }

    public enum Hash { PHASH, DHASH, AHASH }

    public record Config(
            @Setting(value = "Field holding the image.", defaultValue = "image") String field,
            @Setting(value = "Perceptual hash: phash (DCT, robust to scaling and brightness), dhash (gradients) or ahash (mean).",
                    defaultValue = "phash") Hash hash,
            @Setting(value = "Largest Hamming distance (of 64 bits) between near-duplicates.", defaultValue = "4") int maxDistance) {
        public Config {
            if (field == null || field.isBlank()) throw new IllegalArgumentException("'field' must name the image field, e.g. field: image");
            if (maxDistance < 0 || maxDistance > 31) {
                throw new IllegalArgumentException("'max_distance' must be 0..31 bits, not " + maxDistance + " (beyond that, unrelated images match)");
            }
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("perceptual_image_dedup", "Drops images whose perceptual hash is within max_distance bits of an earlier record's.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new PerceptualImageDedup(config);
        }
    }

    @Override
    public Long signature(Record record) {
        Image image = Image.fromRecord(record, field);
        byte[] gray = GrayPixels.of(image);
        return switch (hash) {
            case PHASH -> PHash.hash(gray, image.width(), image.height());
            case DHASH -> DHash.hash(gray, image.width(), image.height());
            case AHASH -> AverageHash.hash(gray, image.width(), image.height());
        };
    }

    /** One key per block of the hash: block number (high) and the block's bits (low). */
    @Override
    public void keys(Long signature, KeySink sink) {
        int blocks = maxDistance + 1;
        int from = 0;
        for (int b = 0; b < blocks; b++) {
            int width = (64 - from) / (blocks - b);
            long bits = width == 64 ? signature : (signature >>> from) & ((1L << width) - 1);
            sink.accept(b, bits);
            from += width;
        }
    }

    @Override
    public boolean verifiesCandidates() {
        return true;
    }

    @Override
    public boolean confirms(Long earlier, Long later) {
        return Long.bitCount(earlier ^ later) <= maxDistance;
    }

    @Override
    public String dropReason() {
        return REASON;
    }
}
