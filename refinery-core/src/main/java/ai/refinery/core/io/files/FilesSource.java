package ai.refinery.core.io.files;

import ai.refinery.core.config.Setting;
import ai.refinery.core.io.BadRecordException;
import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.RawBatch;
import ai.refinery.core.io.SourceFormat;
import ai.refinery.core.io.SourceReader;
import ai.refinery.core.record.Record;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Arrays;
import java.util.List;

/**
 * Whole files as records ({@code format: files}): each file the input path, glob or directory
 * matches becomes one record with its {@code path} (relative to the input root, '/' separated) and
 * its content as {@code bytes} or as {@code text} decoded with a charset. Files of a {@code .gz} or
 * {@code .zst} name are decompressed as for every format.
 *
 * <p>The format claims no file name ending, so it is never guessed: a recipe names it. Given a
 * directory it reads every file below it (hidden and {@code _}-prefixed ones skipped, as always).
 * The engine hashes each file as it is read, so every file's SHA-256 is in the run report; a file
 * over {@code max_bytes} is hashed without being held in memory.
 */
public final class FilesSource implements SourceFormat<FilesSource.Options> {
    /** How a file's content is stored in its record. */
    public enum ReadAs { TEXT, BYTES }

    /** What to do with bytes that are not valid in the charset. */
    public enum OnMalformed { QUARANTINE, REPLACE }

    /** Options of {@code format: files} inputs. */
    public record Options(
            @Setting(value = "text: the content decoded with charset into a 'text' field; bytes: the raw content in a 'bytes' field.",
                    defaultValue = "text")
            ReadAs readAs,
            @Setting(value = "Charset of the files with read_as: text (any name Java knows: UTF-8, windows-1252, ISO-8859-15, ...).",
                    defaultValue = "UTF-8")
            String charset,
            @Setting(value = "Bytes that are not valid in the charset: quarantine the file (naming the byte offset), or replace"
                    + " each bad sequence by U+FFFD and count them in meta.malformed_sequences.", defaultValue = "quarantine")
            OnMalformed onMalformed,
            @Setting(value = "Files larger than this (after decompression) are quarantined with their size instead of read.",
                    defaultValue = "104857600")
            long maxBytes,
            @Setting(value = "A field that receives the first directory of each file's path (e.g. 'spam' for spam/0001.eml); files"
                    + " directly under the input root do not get it.", optional = true)
            String folderField) {
        /** Java arrays stop short of 2^31 elements. */
        static final long MAX_ARRAY = WholeFile.MAX_ARRAY;

        public Options {
            if (readAs == null) readAs = ReadAs.TEXT;
            if (onMalformed == null) onMalformed = OnMalformed.QUARANTINE;
            if (charset == null || charset.isBlank()) charset = "UTF-8";
            try {
                if (!Charset.isSupported(charset)) throw new IllegalArgumentException("unknown charset '" + charset + "'");
            } catch (IllegalCharsetNameException e) {
                throw new IllegalArgumentException("invalid charset name '" + charset + "'");
            }
            if (maxBytes < 1 || maxBytes > MAX_ARRAY) {
                throw new IllegalArgumentException("max_bytes must be between 1 and " + MAX_ARRAY + ", got " + maxBytes);
            }
            if (folderField != null && folderField.isBlank()) folderField = null;
            if (folderField != null && (folderField.equals("path") || folderField.equals(contentField(readAs)))) {
                throw new IllegalArgumentException("folder_field must differ from 'path' and '" + contentField(readAs) + "'");
            }
        }

        /** Defaults: text, UTF-8, quarantine malformed files, 100 MB, no folder field. */
        public static Options defaults() {
            return new Options(ReadAs.TEXT, "UTF-8", OnMalformed.QUARANTINE, 100L << 20, null);
        }

        static String contentField(ReadAs readAs) {
            return readAs == ReadAs.BYTES ? "bytes" : "text";
        }
    }

    @Override public String name() { return "files"; }

    /** None: any file may be read whole, so the format is chosen by name, never by a file's ending. */
    @Override public List<String> extensions() { return List.of(); }

    @Override public Class<Options> optionsType() { return Options.class; }

    @Override
    public SourceReader open(InputFile file, InputStream in, Options options) {
        return new Reader(file, in, options);
    }

    static final class Reader implements SourceReader {
        private final InputFile file;
        private final InputStream in;
        private final Options options;
        private final String path;
        private final String folder;
        private final Charset charset;
        private boolean done;

        Reader(InputFile file, InputStream in, Options options) {
            this.file = file;
            this.in = in;
            this.options = options;
            this.path = file.label().replace('\\', '/');
            int slash = path.indexOf('/');
            this.folder = options.folderField() == null || slash <= 0 ? null : path.substring(0, slash);
            this.charset = Charset.forName(options.charset());
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
            Record.Builder b = Record.builder(id).set("path", path);
            if (options.readAs() == ReadAs.BYTES) {
                b.set("bytes", bytes);
            } else {
                TextDecoder.Decoded d = TextDecoder.decode(bytes, charset, options.onMalformed() == OnMalformed.REPLACE);
                if (d.malformedOffset() >= 0) {
                    throw new BadRecordException(path + ": bytes not valid in " + charset.name() + " at byte offset " + d.malformedOffset()
                            + " (set input.options.charset, or on_malformed: replace)");
                }
                b.set("text", d.text());
                if (d.replaced() > 0) b.meta("malformed_sequences", (long) d.replaced());
            }
            if (folder != null) b.set(options.folderField(), folder);
            return b.build();
        }

        @Override
        public String rawText(Object unit) {
            String oversized = WholeFile.oversizedText(unit, path);
            if (oversized != null) return oversized;
            byte[] b = ((WholeFile.Content) unit).bytes();
            // the engine truncates it; decode only a head so a 100 MB file is not copied for the quarantine file
            return new String(Arrays.copyOf(b, Math.min(b.length, 4096)), charset);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
