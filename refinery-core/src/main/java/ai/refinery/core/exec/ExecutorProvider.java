package ai.refinery.core.exec;

/**
 * Makes executors of one type ({@code executor.type} in a recipe), found through
 * {@link java.util.ServiceLoader} in {@code META-INF/services/ai.refinery.core.exec.ExecutorProvider}.
 */
public interface ExecutorProvider {
    String type();

    Executor create();
}
