package ai.refinery.learn.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A model file taken apart by its documented layout (independently of {@link ModelFile}), so tests
 * can change one field and put the file back together with a valid checksum.
 */
final class ModelBytes {
    byte[] magic;
    int version;
    String family;
    String header;
    long dataLength;
    byte[] data;
    int crc;

    static ModelBytes parse(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        ModelBytes m = new ModelBytes();
        m.magic = new byte[8];
        in.get(m.magic);
        m.version = in.getInt();
        m.family = string(in, in.getInt());
        m.header = string(in, in.getInt());
        m.dataLength = in.getLong();
        m.data = new byte[(int) m.dataLength];
        in.get(m.data);
        m.crc = in.getInt();
        if (in.hasRemaining()) throw new IllegalStateException(in.remaining() + " bytes after the checksum");
        return m;
    }

    /** Offset of the header JSON in a file with this family id. */
    int headerOffset() {
        return 20 + family.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The file, with the checksum computed afresh over the (possibly changed) fields. */
    byte[] assemble() {
        byte[] withoutCrc = body();
        CRC32 c = new CRC32();
        c.update(withoutCrc);
        return withCrc(withoutCrc, (int) c.getValue());
    }

    /** The file with the stored checksum as it is (stale if a field changed). */
    byte[] assembleKeepingCrc() {
        return withCrc(body(), crc);
    }

    private byte[] body() {
        byte[] f = family.getBytes(StandardCharsets.UTF_8);
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(8 + 4 + 4 + f.length + 4 + h.length + 8 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(magic).putInt(version).putInt(f.length).put(f).putInt(h.length).put(h).putLong(dataLength).put(data);
        return out.array();
    }

    private static byte[] withCrc(byte[] body, int crc) {
        byte[] out = Arrays.copyOf(body, body.length + 4);
        ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).putInt(body.length, crc);
        return out;
    }

    private static String string(ByteBuffer in, int length) {
        byte[] b = new byte[length];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
