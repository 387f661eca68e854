package ai.refinery.learn.tensor;

import java.util.Optional;

/**
 * Finds the Vector API kernel if this JVM can run it fast. As Lucene's VectorizationProvider does,
 * it looks for the {@code jdk.incubator.vector} module in the boot layer (present only when the JVM
 * was started with {@code --add-modules jdk.incubator.vector}) and loads {@code VectorGemm} by name,
 * so that without the module no class that links against it is ever loaded.
 *
 * <p>Present is not enough: without hardware FMA, {@code FloatVector.fma} falls back to a software
 * loop, and without C2 every vector operation is an allocation; vectors narrower than 128 bits buy
 * nothing. In those cases the scalar kernel is the faster one, so it is kept.
 */
final class VectorKernel {
    static final String CLASS_NAME = "ai.refinery.learn.tensor.VectorGemm";
    static final String MODULE = "jdk.incubator.vector";

    private static final Optional<Gemm> KERNEL = load();

    private VectorKernel() {}

    /** The vector kernel, or empty when it is missing or would be slow; {@link #whyNot()} says which. */
    static Optional<Gemm> get() {
        return KERNEL;
    }

    /** Why the vector kernel is not used, or empty when it is. */
    static Optional<String> whyNot() {
        if (KERNEL.isPresent()) return Optional.empty();
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) return Optional.of("the JVM was started without --add-modules " + MODULE);
        if (!VmOptions.hasFastFma()) return Optional.of("no hardware FMA (UseFMA is off)");
        if (!VmOptions.hasC2()) return Optional.of("the C2 compiler is not in use");
        return Optional.of("the vector kernel could not be loaded or has vectors narrower than 128 bits");
    }

    private static Optional<Gemm> load() {
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) return Optional.empty();
        if (!VmOptions.hasFastFma() || !VmOptions.hasC2()) return Optional.empty();
        try {
            Gemm kernel = (Gemm) Class.forName(CLASS_NAME).getDeclaredConstructor().newInstance();
            return Optional.of(kernel);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return Optional.empty();
        }
    }
}
