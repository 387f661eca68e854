package ai.refinery.core.exec;

import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/** The executors on the class path, by type. */
public final class Executors {
    private Executors() {}

    private static TreeMap<String, ExecutorProvider> load() {
        TreeMap<String, ExecutorProvider> m = new TreeMap<>();
        for (ExecutorProvider p : ServiceLoader.load(ExecutorProvider.class, Thread.currentThread().getContextClassLoader())) {
            m.put(p.type(), p);
        }
        return m;
    }

    public static Set<String> types() {
        return load().keySet();
    }

    public static Executor create(String type) {
        ExecutorProvider p = load().get(type);
        if (p == null) throw new IllegalArgumentException("no executor of type '" + type + "' on the class path; known: " + types());
        return p.create();
    }
}
