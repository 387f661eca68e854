package ai.refinery.core.io.idx;

import ai.refinery.core.io.Compression;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A labels IDX file (rank 1, integers) read one label per item alongside the images. */
final class IdxLabels implements Closeable {
    private final String name;
    private final InputStream in;
    private final IdxHeader header;
    private final byte[] buf;
    private long read;

    private IdxLabels(String name, InputStream in, IdxHeader header) {
        this.name = name;
        this.in = in;
        this.header = header;
        this.buf = new byte[header.type().size()];
    }

    /**
     * Opens and checks the labels file against the images: rank 1, integer type, one label per image.
     *
     * @param images the images file's name for messages
     */
    static IdxLabels open(Path file, int imageCount, String images) throws IOException {
        String name = file.toString();
        InputStream in;
        try {
            in = Compression.ofFileName(name).decompress(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        } catch (NoSuchFileException e) {
            throw new IOException("labels file " + name + " (input.options.labels) does not exist", e);
        }
        try {
            IdxHeader h = IdxHeader.read(in, "labels file " + name);
            if (h.rank() != 1) {
                throw new IOException("labels file " + name + " has rank " + h.rank() + " (" + h.describe()
                        + "); labels need rank 1, one value per item");
            }
            if (!h.type().isInteger()) {
                throw new IOException("labels file " + name + " holds " + h.type().label() + " values; labels must be integers");
            }
            if (h.items() != imageCount) {
                throw new IOException("images " + images + " and labels " + name + " differ in item count: "
                        + imageCount + " images but " + h.items() + " labels");
            }
            return new IdxLabels(name, in, h);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The next label. */
    long next() throws IOException {
        int n = in.readNBytes(buf, 0, buf.length);
        if (n < buf.length) {
            throw new IOException("labels file " + name + " is truncated: its header announces " + header.items()
                    + " labels but only " + read + " were found");
        }
        read++;
        return header.type().getLong(ByteBuffer.wrap(buf), 0);
    }

    /** Refuses data beyond the announced labels: the header and the data disagree. */
    void checkEnd() throws IOException {
        if (in.read() >= 0) {
            throw new IOException("labels file " + name + " has more data than the " + header.items() + " labels its header announces");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
