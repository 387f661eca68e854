package ai.refinery.text.dedup;

import ai.refinery.core.util.Sha256;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A sorted set of 64-bit keys in a file with a header: magic {@code RFSET}, format version, a kind
 * (what the keys are, e.g. {@code repeated-lines}), the count, then the keys big-endian. Written to
 * a temporary file and renamed, read back with its SHA-256 checked against the one a fitted config
 * recorded, so an operator never runs on a file other than the one its run learnt.
 */
final class LongSetFile {
    private static final byte[] MAGIC = {'R', 'F', 'S', 'E', 'T'};
    private static final int VERSION = 1;

    private LongSetFile() {}

    /** Writes sorted {@code keys}; returns the file's SHA-256 (hex). */
    static String write(Path file, String kind, long[] keys) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        MessageDigest digest = Sha256.newDigest();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DigestOutputStream(Files.newOutputStream(tmp), digest), 1 << 16))) {
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(kind);
            out.writeLong(keys.length);
            for (long k : keys) out.writeLong(k);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Sha256.hex(digest);
    }

    /**
     * Reads the keys of {@code file}, checking its kind and, when {@code sha256} is not null, its
     * content hash.
     *
     * @throws IOException naming the file and what is wrong with it
     */
    static long[] read(Path file, String kind, String sha256) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + " does not exist (it is written when the step is fitted)");
        MessageDigest digest = Sha256.newDigest();
        long[] keys;
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(new DigestInputStream(raw, digest), 1 << 16))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) throw new IOException(file + " is not a Refinery key set (bad magic)");
            int version = in.readInt();
            if (version != VERSION) throw new IOException(file + " has format version " + version + "; this Refinery reads " + VERSION);
            String actualKind = in.readUTF();
            if (!actualKind.equals(kind)) throw new IOException(file + " holds " + actualKind + " keys, not " + kind);
            long n = in.readLong();
            if (n < 0 || n > Integer.MAX_VALUE - 8) throw new IOException(file + " claims " + n + " keys");
            keys = new long[(int) n];
            for (int i = 0; i < keys.length; i++) keys[i] = in.readLong();
            if (in.read() != -1) throw new IOException(file + " has bytes after its " + n + " keys");
        } catch (EOFException e) {
            throw new IOException(file + " is truncated", e);
        }
        String actual = Sha256.hex(digest);
        if (sha256 != null && !actual.equals(sha256)) {
            throw new IOException(file + " has SHA-256 " + actual + ", not the " + sha256 + " its fitting wrote; fit the step again");
        }
        for (int i = 1; i < keys.length; i++) {
            if (keys[i - 1] >= keys[i]) throw new IOException(file + " is not sorted at key " + i);
        }
        return keys;
    }

    /** Whether sorted {@code keys} holds {@code key}. */
    static boolean contains(long[] keys, long key) {
        return Arrays.binarySearch(keys, key) >= 0;
    }
}
