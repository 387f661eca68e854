package ai.refinery.learn.tensor;

import java.util.ArrayList;
import java.util.List;

/** Every kernel the tests check: the reference, both cores alone and both behind the parallel driver. */
final class Kernels {
    private Kernels() {}

    /** The seed of randomized tests: {@code -Drefinery.test.seed=N} reproduces a run; every failure message prints it. */
    static long seed() {
        return Long.getLong("refinery.test.seed", System.nanoTime());
    }

    static List<Gemm> all() {
        List<Gemm> kernels = new ArrayList<>();
        kernels.add(new NaiveGemm());
        kernels.add(new BlockedGemm());
        VectorKernel.get().ifPresent(kernels::add);
        for (int threads = 1; threads <= 3; threads++) {
            kernels.add(new ParallelGemm(new NaiveGemm(), threads));
            kernels.add(Gemms.scalar(threads));
            Gemms.vector(threads).ifPresent(kernels::add);
        }
        return kernels;
    }

    /** The kernels whose results should not depend on the thread count: the two cores, on 1 to 3 threads. */
    static List<List<Gemm>> byCore() {
        List<List<Gemm>> cores = new ArrayList<>();
        cores.add(List.of(new BlockedGemm(), Gemms.scalar(1), Gemms.scalar(2), Gemms.scalar(3)));
        VectorKernel.get().ifPresent(v -> cores.add(List.of(v, Gemms.vector(1).get(), Gemms.vector(2).get(), Gemms.vector(3).get())));
        return cores;
    }
}
