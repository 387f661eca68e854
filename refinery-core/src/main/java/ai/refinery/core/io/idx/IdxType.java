package ai.refinery.core.io.idx;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The element types of the IDX format (the third byte of the magic number), all big-endian. */
public enum IdxType {
    UBYTE(0x08, 1, "ubyte"),
    BYTE(0x09, 1, "byte"),
    SHORT(0x0B, 2, "short"),
    INT(0x0C, 4, "int"),
    FLOAT(0x0D, 4, "float"),
    DOUBLE(0x0E, 8, "double");

    private final int code;
    private final int size;
    private final String label;

    IdxType(int code, int size, String label) {
        this.code = code;
        this.size = size;
        this.label = label;
    }

    public int code() { return code; }

    /** Bytes per element. */
    public int size() { return size; }

    public String label() { return label; }

    public boolean isInteger() { return this != FLOAT && this != DOUBLE; }

    /** The type with this code, or null. */
    public static IdxType ofCode(int code) {
        for (IdxType t : values()) if (t.code == code) return t;
        return null;
    }

    /** "0x08 ubyte, 0x09 byte, ..." for error messages. */
    static String known() {
        return Arrays.stream(values()).map(t -> String.format("0x%02X %s", t.code, t.label)).collect(Collectors.joining(", "));
    }

    /** Element {@code index} of big-endian {@code data} as a double (exact for every integer type). */
    double get(ByteBuffer data, int index) {
        int at = index * size;
        switch (this) {
            case UBYTE: return data.get(at) & 0xFF;
            case BYTE: return data.get(at);
            case SHORT: return data.getShort(at);
            case INT: return data.getInt(at);
            case FLOAT: return data.getFloat(at);
            default: return data.getDouble(at);
        }
    }

    /** Element {@code index} as a long; only for integer types. */
    long getLong(ByteBuffer data, int index) {
        int at = index * size;
        switch (this) {
            case UBYTE: return data.get(at) & 0xFF;
            case BYTE: return data.get(at);
            case SHORT: return data.getShort(at);
            case INT: return data.getInt(at);
            default: throw new IllegalStateException(label + " is not an integer type");
        }
    }

    /** Writes {@code value} as element {@code index}, converting (and truncating) to this type. */
    void put(ByteBuffer data, int index, double value) {
        int at = index * size;
        switch (this) {
            case UBYTE: case BYTE: data.put(at, (byte) (long) value); break;
            case SHORT: data.putShort(at, (short) (long) value); break;
            case INT: data.putInt(at, (int) (long) value); break;
            case FLOAT: data.putFloat(at, (float) value); break;
            default: data.putDouble(at, value);
        }
    }
}
