package ai.refinery.core.io.idx;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The header of an IDX file: magic {@code 0x00 0x00 <type> <rank>}, then one big-endian int per
 * dimension. The first dimension counts the items; the others give each item's shape.
 */
public record IdxHeader(IdxType type, int[] dims) {
    /** IDX files are rarely above rank 4; a larger byte means the file is something else. */
    private static final int MAX_RANK = 16;

    public IdxHeader {
        dims = dims.clone();
        if (dims.length == 0) throw new IllegalArgumentException("an IDX file needs at least one dimension");
        for (int d : dims) if (d < 0) throw new IllegalArgumentException("negative dimension in " + Arrays.toString(dims));
        if (itemBytes(type, dims) > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("items of shape " + Arrays.toString(Arrays.copyOfRange(dims, 1, dims.length))
                    + " are too large for one record");
        }
    }

    private static long itemBytes(IdxType type, int[] dims) {
        long bytes = type.size();
        try {
            for (int i = 1; i < dims.length; i++) bytes = Math.multiplyExact(bytes, dims[i]);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
        return bytes;
    }

    /** A copy: the header stays immutable. */
    @Override
    public int[] dims() { return dims.clone(); }

    public int dim(int i) { return dims[i]; }

    public int rank() { return dims.length; }

    public int items() { return dims[0]; }

    /** Elements in one item (1 for rank-1 data). */
    public int itemElements() {
        int n = 1;
        for (int i = 1; i < dims.length; i++) n *= dims[i];
        return n;
    }

    public int itemBytes() { return itemElements() * type.size(); }

    /** For messages: "ubyte 60000x28x28". */
    public String describe() {
        return type.label() + " " + Arrays.stream(dims).mapToObj(Integer::toString).collect(Collectors.joining("x"));
    }

    /**
     * Reads a header from the start of {@code in}.
     *
     * @param file the file's name for messages
     * @throws IOException naming the file when it is not a valid IDX header
     */
    public static IdxHeader read(InputStream in, String file) throws IOException {
        DataInputStream data = new DataInputStream(in);
        try {
            int b0 = data.readUnsignedByte();
            int b1 = data.readUnsignedByte();
            int code = data.readUnsignedByte();
            int rank = data.readUnsignedByte();
            if (b0 != 0 || b1 != 0) {
                throw new IOException(String.format("%s is not an IDX file: it starts with 0x%02X 0x%02X 0x%02X 0x%02X"
                        + " but IDX files start with 0x00 0x00 <type> <rank>", file, b0, b1, code, rank));
            }
            IdxType type = IdxType.ofCode(code);
            if (type == null) {
                throw new IOException(String.format("%s: unsupported IDX type code 0x%02X; supported: %s", file, code, IdxType.known()));
            }
            if (rank == 0 || rank > MAX_RANK) {
                throw new IOException(file + ": IDX header gives " + rank + " dimensions; expected 1 to " + MAX_RANK);
            }
            int[] dims = new int[rank];
            for (int i = 0; i < rank; i++) dims[i] = data.readInt();
            try {
                return new IdxHeader(type, dims);
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": bad IDX header: " + e.getMessage(), e);
            }
        } catch (EOFException e) {
            throw new IOException(file + " is truncated: it ends inside the IDX header", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdxHeader h && h.type == type && Arrays.equals(h.dims, dims);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return "IdxHeader[" + describe() + "]";
    }
}
