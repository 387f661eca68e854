package ai.refinery.learn.tensor;

import java.util.Optional;

/**
 * Chooses the fastest {@link Gemm} this JVM can run: the Vector API kernel when the JVM was started
 * with {@code --add-modules jdk.incubator.vector} and has hardware FMA and C2 (see
 * {@link VectorKernel}), otherwise the pure-Java {@link BlockedGemm}; either one behind a parallel
 * driver on {@link #threads()} threads.
 *
 * <p>System properties: {@code refinery.threads} (default: available processors) and
 * {@code refinery.gemm} ({@code auto}, the default, or {@code scalar} to never use the vector kernel).
 */
public final class Gemms {
    public static final String THREADS_PROPERTY = "refinery.threads";
    public static final String KERNEL_PROPERTY = "refinery.gemm";

    private static volatile Gemm best;

    private Gemms() {}

    /** The fastest available kernel on {@link #threads()} threads, chosen once. */
    public static Gemm best() {
        Gemm g = best;
        if (g == null) best = g = create(threads());
        return g;
    }

    /** The fastest available kernel on {@code threads} threads (the caller's and {@code threads - 1} daemon workers). */
    public static Gemm create(int threads) {
        return new ParallelGemm(fastestKernel(), threads);
    }

    /** The pure-Java kernel on {@code threads} threads, whatever the JVM offers. */
    public static Gemm scalar(int threads) {
        return new ParallelGemm(new BlockedGemm(), threads);
    }

    /** The Vector API kernel on {@code threads} threads, if this JVM can run it fast. */
    public static Optional<Gemm> vector(int threads) {
        return VectorKernel.get().map(kernel -> new ParallelGemm(kernel, threads));
    }

    /** Why {@link #best()} is not the vector kernel, or empty when it is. */
    public static Optional<String> whyScalar() {
        if (scalarForced()) return Optional.of(KERNEL_PROPERTY + "=scalar");
        return VectorKernel.whyNot();
    }

    /** {@code refinery.threads} if set to a positive number, else the available processors. */
    public static int threads() {
        String value = System.getProperty(THREADS_PROPERTY);
        if (value != null) {
            try {
                int n = Integer.parseInt(value.trim());
                if (n > 0) return n;
            } catch (NumberFormatException ignored) {
                // fall through to the default, as for an absent property
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    private static Gemm fastestKernel() {
        if (scalarForced()) return new BlockedGemm();
        return VectorKernel.get().orElseGet(BlockedGemm::new);
    }

    private static boolean scalarForced() {
        return "scalar".equalsIgnoreCase(System.getProperty(KERNEL_PROPERTY, "auto").trim());
    }
}
