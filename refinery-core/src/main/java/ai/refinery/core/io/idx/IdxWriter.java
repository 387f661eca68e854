package ai.refinery.core.io.idx;

import ai.refinery.core.io.Compression;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes small IDX files (tests, fixtures, exports). The whole data is passed at once; a name
 * ending in {@code .gz} or {@code .zst} is compressed.
 */
public final class IdxWriter {
    private IdxWriter() {}

    /** ubyte data of the given dimensions (e.g. {@code n, 28, 28} images). */
    public static void ubyte(Path file, byte[] data, int... dims) throws IOException {
        write(file, new IdxHeader(IdxType.UBYTE, dims), data);
    }

    /** Labels: a rank-1 ubyte file, each value 0 to 255. */
    public static void labels(Path file, int... labels) throws IOException {
        double[] values = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] > 255) throw new IllegalArgumentException("label " + labels[i] + " does not fit a ubyte");
            values[i] = labels[i];
        }
        write(file, IdxType.UBYTE, values, labels.length);
    }

    /** float data of the given dimensions. */
    public static void floats(Path file, float[] data, int... dims) throws IOException {
        double[] values = new double[data.length];
        for (int i = 0; i < data.length; i++) values[i] = data[i];
        write(file, IdxType.FLOAT, values, dims);
    }

    /** Values of any type, each converted to it (integers truncated, as a cast would). */
    public static void write(Path file, IdxType type, double[] values, int... dims) throws IOException {
        ByteBuffer data = ByteBuffer.allocate(Math.multiplyExact(values.length, type.size())); // big-endian
        for (int i = 0; i < values.length; i++) type.put(data, i, values[i]);
        write(file, new IdxHeader(type, dims), data.array());
    }

    /** A header and the raw big-endian data, which must be exactly what the header announces. */
    public static void write(Path file, IdxHeader header, byte[] data) throws IOException {
        long expected = (long) header.items() * header.itemBytes();
        if (data.length != expected) {
            throw new IllegalArgumentException(header.describe() + " needs " + expected + " bytes of data, got " + data.length);
        }
        try (OutputStream out = Compression.ofFileName(file.getFileName().toString())
                .compress(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            writeHeader(out, header);
            out.write(data);
        }
    }

    /** Only the header: for writing the data separately (or, in tests, leaving it out). */
    public static void writeHeader(OutputStream out, IdxHeader header) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeByte(0);
        d.writeByte(0);
        d.writeByte(header.type().code());
        d.writeByte(header.rank());
        for (int i = 0; i < header.rank(); i++) d.writeInt(header.dim(i));
        d.flush();
    }
}
