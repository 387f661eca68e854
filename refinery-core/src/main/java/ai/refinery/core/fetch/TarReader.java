package ai.refinery.core.fetch;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the regular files of a tar stream: ustar headers, pax and GNU long names. Enough for npm
 * tarballs without a dependency on an archive library.
 */
public final class TarReader {
    private static final int BLOCK = 512;
    /** Pax and GNU long-name records are small; a larger one means a broken archive. */
    private static final long MAX_META = 1 << 20;

    /** Receives each regular file; {@code content} ends at the file's end and need not be read fully. */
    public interface FileHandler {
        void file(String name, long size, InputStream content) throws IOException;
    }

    private TarReader() {}

    public static void read(InputStream tar, FileHandler handler) throws IOException {
        byte[] header = new byte[BLOCK];
        String nextName = null;
        long offset = 0;
        while (true) {
            int n = tar.readNBytes(header, 0, BLOCK);
            if (n == 0) return; // some writers omit the two zero blocks at the end
            if (n < BLOCK) throw new EOFException("tar archive is truncated at byte " + (offset + n));
            if (isZero(header)) return;
            checkChecksum(header, offset);
            long size = number(header, 124, 12, offset);
            char type = (char) header[156];
            String name = nextName != null ? nextName : name(header);
            nextName = null;
            offset += BLOCK;
            if (type == 'x' || type == 'L') {
                byte[] meta = readMeta(tar, size, offset);
                nextName = type == 'L' ? cString(meta, 0, meta.length) : paxPath(meta);
            } else if (type == '0' || type == '\0' || type == '7') {
                Bounded content = new Bounded(tar, size);
                handler.file(name, size, content);
                skip(tar, content.remaining, offset);
            } else {
                skip(tar, size, offset); // directories, links, global pax headers
            }
            long padding = (BLOCK - size % BLOCK) % BLOCK;
            skip(tar, padding, offset);
            offset += size + padding;
        }
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) if (x != 0) return false;
        return true;
    }

    /** The header's checksum: the byte sum with the checksum field counted as spaces. */
    private static void checkChecksum(byte[] h, long offset) throws IOException {
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? ' ' : h[i] & 0xFF;
        long stored;
        try {
            stored = number(h, 148, 8, offset);
        } catch (IOException e) {
            stored = -1; // not even a number: not a header
        }
        if (sum != stored) throw new IOException("not a tar archive: bad header checksum at byte " + offset);
    }

    private static String name(byte[] h) {
        String name = cString(h, 0, 100);
        boolean ustar = h[257] == 'u' && h[258] == 's' && h[259] == 't' && h[260] == 'a' && h[261] == 'r';
        String prefix = ustar ? cString(h, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String cString(byte[] b, int from, int len) {
        int end = from;
        while (end < from + len && b[end] != 0) end++;
        return new String(b, from, end - from, StandardCharsets.UTF_8);
    }

    /** An octal field (NUL or space terminated), or a base-256 one when the high bit is set. */
    private static long number(byte[] h, int from, int len, long offset) throws IOException {
        if ((h[from] & 0x80) != 0) {
            long v = h[from] & 0x7F;
            for (int i = from + 1; i < from + len; i++) v = (v << 8) | (h[i] & 0xFF);
            return v;
        }
        long v = 0;
        int i = from;
        while (i < from + len && (h[i] == ' ' || h[i] == 0)) i++;
        for (; i < from + len && h[i] != 0 && h[i] != ' '; i++) {
            if (h[i] < '0' || h[i] > '7') throw new IOException("not a tar archive: bad number in the header at byte " + offset);
            v = v * 8 + (h[i] - '0');
        }
        return v;
    }

    /** The {@code path} of pax records ({@code "<length> <key>=<value>\n"}), or null. */
    private static String paxPath(byte[] meta) {
        int i = 0;
        while (i < meta.length) {
            int space = i;
            while (space < meta.length && meta[space] != ' ') space++;
            int length;
            try {
                length = Integer.parseInt(new String(meta, i, space - i, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                return null;
            }
            if (length <= 0 || i + length > meta.length) return null;
            String record = new String(meta, space + 1, i + length - space - 2, StandardCharsets.UTF_8); // drops the '\n'
            if (record.startsWith("path=")) return record.substring(5);
            i += length;
        }
        return null;
    }

    private static byte[] readMeta(InputStream in, long size, long offset) throws IOException {
        if (size > MAX_META) throw new IOException("tar header record of " + size + " bytes at byte " + offset + " is too large");
        byte[] b = in.readNBytes((int) size);
        if (b.length < size) throw new EOFException("tar archive is truncated at byte " + (offset + b.length));
        return b;
    }

    private static void skip(InputStream in, long n, long offset) throws IOException {
        byte[] scratch = new byte[8192];
        while (n > 0) {
            int r = in.read(scratch, 0, (int) Math.min(scratch.length, n));
            if (r < 0) throw new EOFException("tar archive is truncated near byte " + offset);
            n -= r;
        }
    }

    /** The bytes of one entry; closing it leaves the archive open. */
    private static final class Bounded extends InputStream {
        private final InputStream in;
        long remaining;

        Bounded(InputStream in, long size) {
            this.in = in;
            this.remaining = size;
        }

        @Override
        public int read() throws IOException {
            if (remaining == 0) return -1;
            int b = in.read();
            if (b < 0) throw new EOFException("tar archive is truncated inside an entry");
            remaining--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            if (remaining == 0) return -1;
            int r = in.read(b, off, (int) Math.min(len, remaining));
            if (r < 0) throw new EOFException("tar archive is truncated inside an entry");
            remaining -= r;
            return r;
        }

        @Override
        public void close() {
            // the archive stays open for the next entry
        }
    }
}
