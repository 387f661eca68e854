package ai.refinery.core.io;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.Mark;
import ai.refinery.core.config.Suggestions;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The source and sink formats on the class path. */
public final class FormatRegistry {
    private final TreeMap<String, SourceFormat<?>> sources = new TreeMap<>();
    private final TreeMap<String, SinkFormat<?>> sinks = new TreeMap<>();

    @SuppressWarnings("rawtypes")
    public static FormatRegistry load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        FormatRegistry r = new FormatRegistry();
        for (SourceFormat f : ServiceLoader.load(SourceFormat.class, loader)) r.sources.put(f.name(), f);
        for (SinkFormat f : ServiceLoader.load(SinkFormat.class, loader)) r.sinks.put(f.name(), f);
        return r;
    }

    public java.util.Collection<SourceFormat<?>> sourceFormats() { return sources.values(); }
    public java.util.Collection<SinkFormat<?>> sinkFormats() { return sinks.values(); }

    public SourceFormat<?> source(String name, Mark where) {
        SourceFormat<?> f = sources.get(name);
        if (f == null) {
            throw new ConfigException(where, "unknown input format '" + name + "'" + Suggestions.didYouMean(name, sources.keySet())
                    + "; known: " + String.join(", ", sources.keySet()));
        }
        return f;
    }

    public SinkFormat<?> sink(String name, Mark where) {
        SinkFormat<?> f = sinks.get(name);
        if (f == null) {
            throw new ConfigException(where, "unknown output format '" + name + "'" + Suggestions.didYouMean(name, sinks.keySet())
                    + "; known: " + String.join(", ", sinks.keySet()));
        }
        return f;
    }

    /** The source format claiming this file name (compression suffix ignored), or null. */
    public SourceFormat<?> sourceForFile(String fileName) {
        String n = Compression.stripSuffix(fileName).toLowerCase(Locale.ROOT);
        for (SourceFormat<?> f : sources.values()) {
            for (String ext : f.extensions()) if (n.endsWith(ext)) return f;
        }
        return null;
    }
}
