package ai.refinery.bench;

import ai.refinery.learn.tensor.Gemm;
import ai.refinery.learn.tensor.Gemms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Median GFLOPS of each kernel on square products (256, 512, 1024) and on the three products of a
 * batch-64 784-500-10 MLP step, next to the CPU's theoretical peak ({@link CpuPeak}). Prints a
 * Markdown table.
 *
 * <p>Usage: {@code GemmGflops [runs]} (default 7); each run repeats the product for at least 0.25 s
 * after a warm-up. Run it with {@code --add-modules jdk.incubator.vector}, or the vector kernel is
 * missing; see benchmarks/README.md.
 */
public final class GemmGflops {
    private GemmGflops() {}

    /** A product {@code C = op(A)·op(B)}, m×k by k×n. */
    private record Shape(String label, boolean transA, boolean transB, int m, int n, int k) {
        double flop() {
            return 2.0 * m * n * k;
        }
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape("256³", false, false, 256, 256, 256),
            new Shape("512³", false, false, 512, 512, 512),
            new Shape("1024³", false, false, 1024, 1024, 1024),
            new Shape("MLP forward X·W: 64×784 · 784×500", false, false, 64, 500, 784),
            new Shape("MLP dW = Xᵀ·dY: 784×64 · 64×500", true, false, 784, 500, 64),
            new Shape("MLP dX = dY·Wᵀ: 64×500 · 500×784", false, true, 64, 784, 500));

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int threads = Gemms.threads();
        CpuPeak cpu = CpuPeak.read();
        System.out.printf("CPU: %s, %d cores, %s%s, clock %.0f MHz ('cpu MHz' in /proc/cpuinfo)%n",
                cpu.model(), cpu.cores(), cpu.isa(), cpu.fma() ? " + FMA" : "", cpu.mhz());
        System.out.printf("Peak = 2 FMA units × lanes × 2 flops × clock × cores: %s (%d lanes) %.0f GFLOPS/core, %.0f on %d cores;"
                        + " AVX2 (8 lanes) %.0f/core, %.0f on %d cores%n",
                cpu.isa(), cpu.lanes(), cpu.gflops(cpu.lanes(), 1), cpu.gflops(cpu.lanes(), threads), threads,
                cpu.gflops(8, 1), cpu.gflops(8, threads), threads);
        System.out.printf("JVM: %s %s; best kernel: %s%s%n", System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Gemms.best().name(), Gemms.whyScalar().map(why -> " (scalar because " + why + ")").orElse(""));
        System.out.printf("Median of %d runs (naive: 3 runs, single thread).%n%n", runs);
        System.out.println("| product | kernel | threads | median GFLOPS | % of peak |");
        System.out.println("|---|---|---|---|---|");
        for (Shape shape : SHAPES) {
            for (Gemm gemm : kernels(threads)) {
                int kernelThreads = gemm.name().startsWith("naive") ? 1 : threadsOf(gemm.name());
                double gflops = medianGflops(gemm, shape, gemm.name().startsWith("naive") ? 3 : runs);
                double peak = cpu.gflops(cpu.lanes(), kernelThreads);
                System.out.printf("| %s | %s | %d | %.1f | %.0f%% |%n", shape.label(), gemm.name(), kernelThreads, gflops, 100 * gflops / peak);
            }
        }
    }

    private static List<Gemm> kernels(int threads) {
        List<Gemm> kernels = new ArrayList<>();
        kernels.add(GemmKernels.byName("naive", 1));
        kernels.add(Gemms.scalar(1));
        if (threads > 1) kernels.add(Gemms.scalar(threads));
        Gemms.vector(1).ifPresent(kernels::add);
        if (threads > 1) Gemms.vector(threads).ifPresent(kernels::add);
        return kernels;
    }

    private static int threadsOf(String name) {
        String count = name.substring(name.lastIndexOf('-') + 1).replaceAll("\\D", "");
        return count.isEmpty() ? 1 : Integer.parseInt(count);
    }

    private static double medianGflops(Gemm gemm, Shape s, int runs) {
        float[] a = GemmKernels.random(s.m() * s.k(), 1);
        float[] b = GemmKernels.random(s.k() * s.n(), 2);
        float[] c = new float[s.m() * s.n()];
        int lda = s.transA() ? s.m() : s.k();
        int ldb = s.transB() ? s.k() : s.n();
        Runnable product = () -> gemm.gemm(s.transA(), s.transB(), s.m(), s.n(), s.k(), 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, s.n());
        timeFor(product, 1.0); // warm-up: JIT compilation
        double[] gflops = new double[runs];
        for (int r = 0; r < runs; r++) gflops[r] = timeFor(product, 0.25) * s.flop() / 1e9;
        Arrays.sort(gflops);
        return gflops[runs / 2];
    }

    /** Repeats {@code product} for at least {@code seconds} (at least once); returns products per second. */
    private static double timeFor(Runnable product, double seconds) {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        int count = 0;
        long now;
        do {
            product.run();
            count++;
            now = System.nanoTime();
        } while (now < deadline);
        return count / ((now - start) / 1e9);
    }
}
