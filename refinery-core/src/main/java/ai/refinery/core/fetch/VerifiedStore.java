package ai.refinery.core.fetch;

import ai.refinery.core.util.Sha256;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A directory whose files are complete and verified or absent: each is written to a temporary
 * file, its SHA-256 checked, then renamed into place, so a killed download leaves no bad file.
 */
public final class VerifiedStore {
    public enum State { MISSING, VALID, CORRUPT }

    /** Temporary files this old are leftovers of a killed process, not of one still writing. */
    private static final Duration STALE = Duration.ofHours(1);

    /** Content that is not the expected file: a wrong or damaged file, not an unreadable source. */
    public static final class WrongContent extends IOException {
        private static final long serialVersionUID = 1L;

        WrongContent(String message) {
            super(message);
        }
    }

    private final Path dir;
    private final Map<String, String> sha256;

    public VerifiedStore(Path dir, Map<String, String> sha256) {
        this.dir = dir;
        this.sha256 = Map.copyOf(sha256);
    }

    public Path dir() { return dir; }

    public Path path(String name) { return dir.resolve(name); }

    public String expectedSha256(String name) {
        String s = sha256.get(name);
        if (s == null) throw new IllegalArgumentException("no SHA-256 known for " + name);
        return s;
    }

    public State state(String name) throws IOException {
        Path p = path(name);
        if (!Files.isRegularFile(p)) return State.MISSING;
        return sha256(p).equals(expectedSha256(name)) ? State.VALID : State.CORRUPT;
    }

    /**
     * Stores {@code in} as {@code name} if its SHA-256 is the expected one.
     *
     * @param source where the bytes come from, for the error message
     * @throws WrongContent when the content differs (nothing is stored then)
     */
    public void put(String name, InputStream in, String source) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + name + ".", ".part");
        try {
            MessageDigest digest = Sha256.newDigest();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                new DigestInputStream(in, digest).transferTo(out);
            }
            String actual = Sha256.hex(digest);
            if (!actual.equals(expectedSha256(name))) {
                throw new WrongContent(source + " has SHA-256 " + actual + " but " + name + " must have " + expectedSha256(name)
                        + " (a corrupt or different file)");
            }
            readableByAll(tmp); // temp files are private; a cache may be shared (REFINERY_CACHE_DIR)
            moveIntoPlace(tmp, path(name));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes temporary files and directories left by killed processes. */
    public void removeStaleTemporaries() throws IOException {
        if (!Files.isDirectory(dir)) return;
        Instant before = Instant.now().minus(STALE);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String n = p.getFileName().toString();
                boolean temporary = n.startsWith(".") && (n.endsWith(".part") || n.startsWith(".fetch-"));
                if (temporary && Files.getLastModifiedTime(p).toInstant().isBefore(before)) deleteTree(p);
            }
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        }
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest d = Sha256.newDigest();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) d.update(buf, 0, n);
        }
        return Sha256.hex(d);
    }
}
