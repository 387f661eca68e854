package ai.refinery.core.io.files;

import ai.refinery.core.io.BadRecordException;
import ai.refinery.core.io.Compression;
import ai.refinery.core.io.InputFile;
import java.io.IOException;
import java.io.InputStream;

/**
 * One input file read whole as one raw unit, for sources that make a record of each file (text
 * files, mails, images), with a size limit that keeps a huge file out of memory: an uncompressed
 * file's size is known without reading it; a compressed one is read up to the limit and one byte
 * more (the engine drains the rest to hash it). The unit is a {@link Content} or an
 * {@link Oversized}, which {@link #content} turns into the file's bytes or a quarantine naming the file.
 */
public final class WholeFile {
    /** Largest file held as one byte array. */
    public static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

    private WholeFile() {}

    /** A file's content. */
    public record Content(byte[] bytes) {}

    /** A file over the limit: only its size is known ({@code exact} false when it is "more than"). */
    public record Oversized(long size, boolean exact) {}

    /** Reads {@code file} (its stream {@code in}) as one unit, unless it has more than {@code maxBytes}. */
    public static Object read(InputFile file, InputStream in, long maxBytes) throws IOException {
        if (file.compression() == Compression.NONE && file.sizeBytes() > maxBytes) return new Oversized(file.sizeBytes(), true);
        byte[] b = in.readNBytes((int) Math.min(maxBytes + 1, MAX_ARRAY));
        return b.length > maxBytes ? new Oversized(maxBytes, false) : new Content(b);
    }

    /**
     * The bytes of a unit {@link #read} made.
     *
     * @throws BadRecordException naming {@code path} and its size when the file was over {@code maxBytes}
     */
    public static byte[] content(Object unit, String path, long maxBytes) throws BadRecordException {
        if (unit instanceof Oversized o) {
            throw new BadRecordException(path + ": " + (o.exact() ? "file of " + o.size() + " bytes" : "more than " + o.size()
                    + " bytes after decompression") + " exceeds max_bytes (" + maxBytes + ")");
        }
        return ((Content) unit).bytes();
    }

    /** What the quarantine file shows of an oversized unit, or null for one with content. */
    public static String oversizedText(Object unit, String path) {
        return unit instanceof Oversized o ? "<" + path + ": " + (o.exact() ? "" : "more than ") + o.size() + " bytes, not read>" : null;
    }
}
