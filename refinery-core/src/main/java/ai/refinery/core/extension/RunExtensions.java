package ai.refinery.core.extension;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The run extensions on the class path, in a stable order (by class name). */
public final class RunExtensions {
    private RunExtensions() {}

    public static List<RunExtension> load() {
        List<RunExtension> list = new ArrayList<>();
        for (RunExtension e : ServiceLoader.load(RunExtension.class, Thread.currentThread().getContextClassLoader())) list.add(e);
        list.sort(java.util.Comparator.comparing(e -> e.getClass().getName()));
        return list;
    }
}
