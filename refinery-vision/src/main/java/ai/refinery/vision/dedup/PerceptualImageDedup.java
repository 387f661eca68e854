package ai.refinery.vision.dedup;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.GroupedOperator;
import ai.refinery.core.op.KeySink;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.vision.hash.AreaResize;
import ai.refinery.vision.hash.AverageHash;
import ai.refinery.vision.hash.DHash;
import ai.refinery.vision.hash.PHash;
import ai.refinery.vision.image.Image;

/**
 * Drops images within {@code max_distance} bits (Hamming distance of their 64-bit perceptual
 * hashes: pHash by default, or dHash, aHash) of an earlier record's, keeping the first in input order
 * (reason {@code near_duplicate_image}). Not O(n²): the engine groups records by keys, and the keys
 * are the hash cut into {@code max_distance + 1} blocks, so two hashes within the distance share at
 * least one block exactly (pigeonhole) and are compared; candidates are confirmed by their distance
 * and, since 64 bits say little about small images (on MNIST, 2,958 of 70,000 digits share a pHash
 * with an earlier one, mostly different handwriting of the same digit), by the mean absolute
 * difference of 16×16 gray thumbnails, each less its mean brightness ({@code max_pixel_difference}, on the 0–255 scale).
 * RGB images are hashed on their gray levels (BT.601).
 */
public final class PerceptualImageDedup implements GroupedOperator<PerceptualImageDedup.Signature> {
    private static final long serialVersionUID = 1L;
    public static final String REASON = "near_duplicate_image";

    private final String field;
    private final Hash hash;
    private final int maxDistance;
    private final double maxPixelDifference;
    static final int THUMBNAIL = 16;

    PerceptualImageDedup(Config c) {
        this.field = c.field();
        this.hash = c.hash();
        this.maxDistance = c.maxDistance();
        this.maxPixelDifference = c.maxPixelDifference();
    }

    /** The hash, and a 16×16 gray thumbnail that confirms a candidate pair. */
    public record Signature(long hash, byte[] thumbnail) implements java.io.Serializable {}

    public enum Hash { PHASH, DHASH, AHASH }

    public record Config(
            @Setting(value = "Field holding the image.", defaultValue = "image") String field,
            @Setting(value = "Perceptual hash: phash (DCT, robust to scaling and brightness), dhash (gradients) or ahash (mean).",
                    defaultValue = "phash") Hash hash,
            @Setting(value = "Largest Hamming distance (of 64 bits) between near-duplicates.", defaultValue = "4") int maxDistance,
            @Setting(value = "Largest mean absolute difference of the 16x16 gray thumbnails (0-255, each less its mean brightness) of a confirmed pair; 255 turns the check off.",
                    defaultValue = "8.0") double maxPixelDifference) {
        public Config {
            if (field == null || field.isBlank()) throw new IllegalArgumentException("'field' must name the image field, e.g. field: image");
            if (maxDistance < 0 || maxDistance > 31) {
                throw new IllegalArgumentException("'max_distance' must be 0..31 bits, not " + maxDistance + " (beyond that, unrelated images match)");
            }
            if (!(maxPixelDifference >= 0 && maxPixelDifference <= 255)) {
                throw new IllegalArgumentException("'max_pixel_difference' must be in [0, 255], not " + maxPixelDifference);
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
    public Signature signature(Record record) {
        Image image = Image.fromRecord(record, field).gray();
        byte[] gray = image.pixels();
        long h = switch (hash) {
            case PHASH -> PHash.hash(gray, image.width(), image.height());
            case DHASH -> DHash.hash(gray, image.width(), image.height());
            case AHASH -> AverageHash.hash(gray, image.width(), image.height());
        };
        long[] sums = AreaResize.cellSums(gray, image.width(), image.height(), THUMBNAIL, THUMBNAIL);
        byte[] thumb = new byte[sums.length];
        long area = (long) image.width() * image.height();
        for (int i = 0; i < sums.length; i++) thumb[i] = (byte) Math.round((double) sums[i] / area);
        return new Signature(h, thumb);
    }

    /** One key per block of the hash: block number (high) and the block's bits (low). */
    @Override
    public void keys(Signature signature, KeySink sink) {
        keys(signature.hash(), sink);
    }

    void keys(long hash, KeySink sink) {
        int blocks = maxDistance + 1;
        int from = 0;
        for (int b = 0; b < blocks; b++) {
            int width = (64 - from) / (blocks - b);
            long bits = width == 64 ? hash : (hash >>> from) & ((1L << width) - 1);
            sink.accept(b, bits);
            from += width;
        }
    }

    @Override
    public boolean verifiesCandidates() {
        return true;
    }

    @Override
    public boolean confirms(Signature earlier, Signature later) {
        return Long.bitCount(earlier.hash() ^ later.hash()) <= maxDistance
                && meanAbsoluteDifference(earlier.thumbnail(), later.thumbnail()) <= maxPixelDifference;
    }

    /** Mean absolute difference of two thumbnails after removing each one's mean: a brightened copy differs by ~0. */
    static double meanAbsoluteDifference(byte[] a, byte[] b) {
        double meanA = mean(a);
        double meanB = mean(b);
        double sum = 0;
        for (int i = 0; i < a.length; i++) sum += Math.abs(((a[i] & 0xFF) - meanA) - ((b[i] & 0xFF) - meanB));
        return sum / a.length;
    }

    private static double mean(byte[] v) {
        long sum = 0;
        for (byte x : v) sum += x & 0xFF;
        return (double) sum / v.length;
    }

    @Override
    public String dropReason() {
        return REASON;
    }
}
