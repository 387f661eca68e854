package ai.refinery.core.util;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Writes record values as unambiguous bytes for hashing: every value starts with a type tag and
 * variable-size values with their length, so ("ab", "c") and ("a", "bc") differ, and so do the
 * long 1, the double 1.0 and the text "1". Map entries are written in key order because two maps
 * with the same entries are equal whatever their order. Not thread-safe: use one per hash.
 */
public final class CanonicalEncoder {
    private static final byte ABSENT = 0;
    private static final byte NULL = 1;
    private static final byte STRING = 2;
    private static final byte STRING_UTF16 = 3;
    private static final byte LONG = 4;
    private static final byte DOUBLE = 5;
    private static final byte BOOLEAN = 6;
    private static final byte BYTES = 7;
    private static final byte FLOAT_VECTOR = 8;
    private static final byte LIST = 9;
    private static final byte MAP = 10;
    private static final byte NAME = 11;

    private final UnaryOperator<String> textNormalizer;
    private byte[] buf = new byte[128];
    private int size;

    public CanonicalEncoder() {
        this(UnaryOperator.identity());
    }

    /** @param textNormalizer applied to every text value (not to names or map keys), e.g. lower-casing */
    public CanonicalEncoder(UnaryOperator<String> textNormalizer) {
        this.textNormalizer = textNormalizer;
    }

    /** Marks a field that the record does not have (distinct from a field holding null). */
    public CanonicalEncoder absent() {
        writeByte(ABSENT);
        return this;
    }

    /** A field name or other label, written as is. */
    public CanonicalEncoder name(String name) {
        writeByte(NAME);
        writeText(name);
        return this;
    }

    public CanonicalEncoder value(Object v) {
        if (v == null) {
            writeByte(NULL);
        } else if (v instanceof String s) {
            writeString(textNormalizer.apply(s));
        } else if (v instanceof Long l) {
            writeByte(LONG);
            writeLong(l);
        } else if (v instanceof Double d) {
            writeByte(DOUBLE);
            // 0.0 == -0.0 as values; doubleToLongBits also gives every NaN the same bits.
            writeLong(Double.doubleToLongBits(d == 0.0 ? 0.0 : d));
        } else if (v instanceof Boolean b) {
            writeByte(BOOLEAN);
            writeByte(b ? (byte) 1 : (byte) 0);
        } else if (v instanceof byte[] bytes) {
            writeByte(BYTES);
            writeInt(bytes.length);
            writeBytes(bytes);
        } else if (v instanceof float[] floats) {
            writeByte(FLOAT_VECTOR);
            writeInt(floats.length);
            for (float f : floats) writeInt(Float.floatToIntBits(f == 0.0f ? 0.0f : f));
        } else if (v instanceof List<?> list) {
            writeByte(LIST);
            writeInt(list.size());
            for (Object o : list) value(o);
        } else if (v instanceof Map<?, ?> map) {
            writeMap(map);
        } else {
            throw new IllegalArgumentException("cannot hash a value of type " + v.getClass().getName());
        }
        return this;
    }

    public CanonicalEncoder longValue(long v) {
        writeByte(LONG);
        writeLong(v);
        return this;
    }

    public Hash128 hash(long seed) {
        return Hashing.murmur3x64_128(buf, 0, size, seed);
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void writeMap(Map<?, ?> map) {
        writeByte(MAP);
        writeInt(map.size());
        List<String> keys = new ArrayList<>(map.size());
        for (Object k : map.keySet()) keys.add((String) k);
        keys.sort(null);
        for (String k : keys) {
            writeText(k);
            value(map.get(k));
        }
    }

    private void writeString(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        if (hasSurrogates(s) && !new String(utf8, StandardCharsets.UTF_8).equals(s)) {
            // Lone surrogates become '?' in UTF-8, which would merge different texts: keep the raw chars.
            writeByte(STRING_UTF16);
            writeInt(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                writeByte((byte) (c >>> 8));
                writeByte((byte) c);
            }
            return;
        }
        writeByte(STRING);
        writeInt(utf8.length);
        writeBytes(utf8);
    }

    private void writeText(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeInt(utf8.length);
        writeBytes(utf8);
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isSurrogate(s.charAt(i))) return true;
        return false;
    }

    private void writeByte(byte b) {
        ensure(1);
        buf[size++] = b;
    }

    private void writeInt(int v) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) buf[size++] = (byte) (v >>> shift);
    }

    private void writeLong(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) buf[size++] = (byte) (v >>> shift);
    }

    private void writeBytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
    }

    private void ensure(int more) {
        if (size + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
}
