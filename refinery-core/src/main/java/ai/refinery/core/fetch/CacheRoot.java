package ai.refinery.core.fetch;

import java.nio.file.Path;

/** Where fetched datasets live: a setting, else -Drefinery.cache.dir, else $REFINERY_CACHE_DIR, else ~/.cache/refinery/datasets. */
public final class CacheRoot {
    public static final String PROPERTY = "refinery.cache.dir";
    public static final String ENV = "REFINERY_CACHE_DIR";

    private CacheRoot() {}

    public static Path resolve(String configured) {
        if (configured != null && !configured.isBlank()) return expand(configured);
        String prop = System.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank()) return expand(prop);
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) return expand(env);
        return Path.of(System.getProperty("user.home"), ".cache", "refinery", "datasets");
    }

    /** A leading ~ means the home directory, as in a shell: recipes are written by people. */
    public static Path expand(String path) {
        if (path.equals("~")) return Path.of(System.getProperty("user.home"));
        if (path.startsWith("~/")) return Path.of(System.getProperty("user.home"), path.substring(2));
        return Path.of(path).toAbsolutePath().normalize();
    }
}
