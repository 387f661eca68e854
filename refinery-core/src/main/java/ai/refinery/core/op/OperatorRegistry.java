package ai.refinery.core.op;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.Mark;
import ai.refinery.core.config.Suggestions;
import java.util.Collection;
import java.util.Collections;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** All operator providers on the class path, by name. */
public final class OperatorRegistry {
    private final TreeMap<String, OperatorProvider<?>> byName = new TreeMap<>();

    private OperatorRegistry() {}

    public static OperatorRegistry load() {
        return load(Thread.currentThread().getContextClassLoader());
    }

    @SuppressWarnings("rawtypes")
    public static OperatorRegistry load(ClassLoader loader) {
        OperatorRegistry r = new OperatorRegistry();
        for (OperatorProvider p : ServiceLoader.load(OperatorProvider.class, loader)) {
            OperatorProvider<?> previous = r.byName.put(p.name(), p);
            if (previous != null && previous.getClass() != p.getClass()) {
                throw new IllegalStateException("two operators are named '" + p.name() + "': "
                        + previous.getClass().getName() + " and " + p.getClass().getName());
            }
        }
        return r;
    }

    public Collection<OperatorProvider<?>> all() {
        return Collections.unmodifiableCollection(byName.values());
    }

    public OperatorProvider<?> get(String name, Mark where) {
        OperatorProvider<?> p = byName.get(name);
        if (p == null) {
            throw new ConfigException(where, "unknown operator '" + name + "'" + Suggestions.didYouMean(name, byName.keySet())
                    + "; run 'refinery ops' to list operators");
        }
        return p;
    }
}
