package ai.refinery.core.stage;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The stage providers on the class path. */
public final class Stages {
    private Stages() {}

    public static Map<String, StageProvider> byName() {
        Map<String, StageProvider> m = new TreeMap<>();
        for (StageProvider p : ServiceLoader.load(StageProvider.class, Thread.currentThread().getContextClassLoader())) {
            m.put(p.name(), p);
        }
        return m;
    }
}
