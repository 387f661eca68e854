package ai.refinery.core.io.idx;

import ai.refinery.core.config.Setting;
import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.SourceFormat;
import ai.refinery.core.io.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * IDX files, the format of MNIST and its kin: one record per item of the first dimension. The input
 * is the data (images) file; an optional labels file is streamed alongside it.
 */
public final class IdxSource implements SourceFormat<IdxSource.Options> {
    /** How items of rank 2 and more are stored in a record. */
    public enum As { BYTES, FLOATS }

    /** Options of {@code format: idx} inputs. */
    public record Options(
            @Setting(value = "Labels IDX file (rank 1, integers), one label per item; relative to the images file's directory.",
                    optional = true)
            String labels,
            @Setting(value = "Field that holds each item's values (one number per record for rank-1 files such as labels).",
                    defaultValue = "image")
            String field,
            @Setting(value = "Field that holds the label (long) when labels are given.", defaultValue = "label")
            String labelField,
            @Setting(value = "bytes: each item's values as a compact bytes field (ubyte and byte data only); floats: a float_vector"
                    + " times scale.",
                    defaultValue = "bytes")
            As as,
            @Setting(value = "Factor for each value with as: floats; absent means 1/255 for ubyte data (pixels to [0, 1]), else 1.",
                    optional = true)
            Double scale) {
        public Options {
            if (field == null || field.isBlank()) throw new IllegalArgumentException("field must not be empty");
            if (labelField == null || labelField.isBlank()) throw new IllegalArgumentException("label_field must not be empty");
            if (labels != null && labels.isBlank()) labels = null;
            // rows and cols are set for rank-3 items; the label field only matters when there are labels
            List<String> taken = List.of("rows", "cols");
            if (taken.contains(field)) throw new IllegalArgumentException("field must not be rows or cols, which hold the item's shape");
            if (labels != null && (field.equals(labelField) || taken.contains(labelField))) {
                throw new IllegalArgumentException("label_field '" + labelField + "' must differ from field '" + field + "', rows and cols");
            }
            if (scale != null && as != As.FLOATS) throw new IllegalArgumentException("scale applies only with as: floats");
            if (scale != null && !Double.isFinite(scale)) throw new IllegalArgumentException("scale must be a finite number, got " + scale);
        }

        /** Defaults: field image, label_field label, as bytes. */
        public static Options defaults() {
            return new Options(null, "image", "label", As.BYTES, null);
        }

        public Options withLabels(String path) {
            return new Options(path, field, labelField, as, scale);
        }

        public Options asFloats(Double factor) {
            return new Options(labels, field, labelField, As.FLOATS, factor);
        }
    }

    @Override public String name() { return "idx"; }

    /** MNIST names its files train-images-idx3-ubyte; labels files (-idx1-ubyte) are not claimed, so a directory input reads images only. */
    @Override public List<String> extensions() { return List.of(".idx", ".idx3-ubyte", "-idx3-ubyte", ".ubyte"); }

    @Override public Class<Options> optionsType() { return Options.class; }

    @Override
    public SourceReader open(InputFile file, InputStream in, Options options) throws IOException {
        try {
            IdxHeader header = IdxHeader.read(in, file.label());
            if (options.as() == As.BYTES && header.rank() > 1 && header.type().size() != 1) {
                throw new IOException(file.label() + " holds " + header.type().label() + " values, which as: bytes cannot keep;"
                        + " set input.options.as: floats");
            }
            IdxLabels labels = null;
            if (options.labels() != null) {
                labels = IdxLabels.open(labelsPath(file, options.labels()), header.items(), file.label());
            }
            return new IdxReader(file.label(), in, header, labels, new ItemDecoder(header, options));
        } catch (IOException | RuntimeException e) {
            in.close(); // no reader will own it
            throw e;
        }
    }

    /** Relative label paths are meant next to the images, wherever the recipe is. */
    static Path labelsPath(InputFile file, String labels) {
        Path p = Path.of(labels);
        if (p.isAbsolute()) return p;
        Path dir = file.path().toAbsolutePath().getParent();
        return (dir == null ? p : dir.resolve(p)).normalize();
    }
}
