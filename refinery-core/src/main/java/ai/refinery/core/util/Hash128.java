package ai.refinery.core.util;

import java.io.Serializable;

/**
 * A 128-bit hash as two longs. For MurmurHash3 {@code high} is the reference implementation's
 * {@code h1} and {@code low} its {@code h2}.
 */
public record Hash128(long high, long low) implements Serializable {

    /** The 16 bytes in the reference implementation's output order: h1 then h2, each little-endian. */
    public byte[] toBytes() {
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (high >>> (8 * i));
            out[8 + i] = (byte) (low >>> (8 * i));
        }
        return out;
    }

    /** 32 lower-case hex digits, {@code high} first. */
    @Override
    public String toString() {
        return String.format("%016x%016x", high, low);
    }
}
