package ai.refinery.vision.image;

import ai.refinery.core.config.Setting;
import ai.refinery.core.io.BadRecordException;
import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.files.WholeFile;
import ai.refinery.core.io.RawBatch;
import ai.refinery.core.io.SourceFormat;
import ai.refinery.core.io.SourceReader;
import ai.refinery.core.record.Record;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PNG and JPEG files under a directory as image records ({@code format: image_folder}): one
 * record per file with {@code path} (relative to the input root), the image (layout in the
 * package documentation) and a {@code label}, taken from the file's folder ({@code cats/001.png}
 * is {@code cats}; files directly under the root get none) or from a CSV mapping. Unreadable,
 * truncated or oversized files are quarantined naming the file. Sizes may differ between files
 * (transforms make them equal) unless {@code require_size} is given.
 */
public final class ImageFolderSource implements SourceFormat<ImageFolderSource.Options> {
    /** One CSV per run, not per file: keyed by path, size and modification time so an edited file is read again. */
    private final Map<String, LabelCsv> csvCache = new ConcurrentHashMap<>();

    /** Options of {@code format: image_folder} inputs. */
    public record Options(
            @Setting(value = "Field that receives the pixels (bytes); width, height and channels are set beside it.",
                    defaultValue = "image")
            String field,
            @Setting(value = "Field that receives the label (text).", defaultValue = "label")
            String labelField,
            @Setting(value = "CSV of file,label lines (file as a path relative to the input root, or a bare file name)"
                    + " giving the labels instead of folder names; a relative CSV path is relative to the input root.",
                    optional = true)
            String labelsCsv,
            @Setting(value = "1: gray (colour converted by luma), 3: RGB, auto: gray files gray and all others RGB.",
                    defaultValue = "auto")
            String channels,
            @Setting(value = "[width, height] every image must have; others are quarantined.", optional = true)
            List<Integer> requireSize,
            @Setting(value = "Files larger than this are quarantined with their size instead of read.", defaultValue = "67108864")
            long maxBytes,
            @Setting(value = "Images with more pixels than this (read from the header) are quarantined before decoding.",
                    defaultValue = "40000000")
            long maxPixels) {
        public Options {
            if (field == null || field.isBlank()) field = "image";
            if (labelField == null || labelField.isBlank()) labelField = "label";
            if (labelsCsv != null && labelsCsv.isBlank()) labelsCsv = null;
            if (channels == null || channels.isBlank()) channels = "auto";
            channels = channels.strip().toLowerCase(java.util.Locale.ROOT);
            if (!List.of("auto", "1", "3").contains(channels)) {
                throw new IllegalArgumentException("channels must be 1, 3 or auto, got '" + channels + "'");
            }
            List<String> taken = List.of("path", Image.WIDTH, Image.HEIGHT, Image.CHANNELS);
            if (taken.contains(field) || taken.contains(labelField) || field.equals(labelField)) {
                throw new IllegalArgumentException("field '" + field + "' and label_field '" + labelField
                        + "' must differ from each other and from path, width, height and channels");
            }
            if (requireSize != null && requireSize.isEmpty()) requireSize = null; // absent binds as an empty list
            if (requireSize != null) {
                if (requireSize.size() != 2 || requireSize.get(0) == null || requireSize.get(1) == null
                        || requireSize.get(0) < 1 || requireSize.get(1) < 1) {
                    throw new IllegalArgumentException("require_size must be [width, height] with both at least 1, got " + requireSize);
                }
                requireSize = List.copyOf(requireSize);
            }
            if (maxBytes < 1 || maxBytes > Image.MAX_BYTES) throw new IllegalArgumentException("max_bytes must be between 1 and " + Image.MAX_BYTES);
            if (maxPixels < 1) throw new IllegalArgumentException("max_pixels must be at least 1");
        }

        int channelCount() {
            return channels.equals("auto") ? 0 : Integer.parseInt(channels);
        }
    }

    @Override public String name() { return "image_folder"; }

    @Override public List<String> extensions() { return List.of(".png", ".jpg", ".jpeg"); }

    @Override public Class<Options> optionsType() { return Options.class; }

    @Override
    public SourceReader open(InputFile file, InputStream in, Options options) throws IOException {
        try {
            LabelCsv csv = options.labelsCsv() == null ? null : csv(root(file).resolve(options.labelsCsv()).normalize());
            return new Reader(file, in, options, csv);
        } catch (IOException | RuntimeException e) {
            in.close(); // no reader will own it
            throw e;
        }
    }

    private LabelCsv csv(Path p) throws IOException {
        String key = p.toAbsolutePath() + "|" + (Files.exists(p) ? Files.size(p) + "|" + Files.getLastModifiedTime(p) : "missing");
        LabelCsv c = csvCache.get(key);
        if (c == null) {
            c = LabelCsv.load(p);
            csvCache.put(key, c);
        }
        return c;
    }

    /** The input root: the file's path without the components of its label (its path relative to the root). */
    static Path root(InputFile file) {
        Path p = file.path().toAbsolutePath();
        Path label = Path.of(file.label());
        Path dir = p.getParent();
        if (!label.isAbsolute() && p.endsWith(label)) {
            for (int i = 1; i < label.getNameCount() && dir != null; i++) dir = dir.getParent();
        }
        return dir == null ? Path.of("").toAbsolutePath() : dir;
    }

    static final class Reader implements SourceReader {
        private final InputFile file;
        private final InputStream in;
        private final Options options;
        private final LabelCsv csv;
        private final String path;
        private boolean done;

        Reader(InputFile file, InputStream in, Options options, LabelCsv csv) {
            this.file = file;
            this.in = in;
            this.options = options;
            this.csv = csv;
            this.path = file.label().replace('\\', '/');
        }

        @Override
        public boolean next(RawBatch batch) throws IOException {
            if (done) return false;
            done = true;
            batch.add(WholeFile.read(file, in, options.maxBytes()), 1);
            return true;
        }

        @Override
        public Record decode(Object unit, String id) throws BadRecordException {
            byte[] bytes = WholeFile.content(unit, path, options.maxBytes());
            Image img;
            try {
                img = ImageDecoder.decode(bytes, options.channelCount(), options.maxPixels());
            } catch (IOException e) {
                throw new BadRecordException(path + ": " + e.getMessage(), e);
            }
            List<Integer> size = options.requireSize();
            if (size != null && (img.width() != size.get(0) || img.height() != size.get(1))) {
                throw new BadRecordException(path + ": image is " + img.width() + "x" + img.height() + " but require_size is "
                        + size.get(0) + "x" + size.get(1));
            }
            Record.Builder b = Record.builder(id).set("path", path);
            img.writeTo(b, options.field());
            String label = label();
            if (label != null) b.set(options.labelField(), label);
            return b.build();
        }

        private String label() throws BadRecordException {
            if (csv != null) {
                String l = csv.labelOf(path);
                if (l == null) throw new BadRecordException(path + ": not listed in labels CSV " + csv.name());
                return l;
            }
            int slash = path.lastIndexOf('/');
            if (slash <= 0) return null;
            String dir = path.substring(0, slash);
            return dir.substring(dir.lastIndexOf('/') + 1);
        }

        @Override
        public String rawText(Object unit) {
            return unit instanceof WholeFile.Content c ? "image file " + path + " of " + c.bytes().length + " bytes" : "oversized image file " + path;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
