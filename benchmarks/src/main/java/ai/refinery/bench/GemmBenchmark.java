package ai.refinery.bench;

import ai.refinery.learn.tensor.Gemm;
import ai.refinery.learn.tensor.Gemms;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Square {@code C = A·B} with each kernel. Besides products per second, JMH reports the secondary
 * result {@code gflop} in ops/s, which is GFLOPS (2·n³ floating-point operations per product).
 * The forked JVM gets {@code --add-modules jdk.incubator.vector}; {@code -Drefinery.threads} on the
 * command line is passed to it as well (see benchmarks/README.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--add-modules", "jdk.incubator.vector"})
public class GemmBenchmark {
    @Param({"256", "512", "1024"})
    public int n;

    @Param({"naive", "scalar", "vector"})
    public String kernel;

    private Gemm gemm;
    private float[] a;
    private float[] b;
    private float[] c;

    /** Floating-point operations done, in units of 10⁹: reported per second, so in GFLOPS. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Flops {
        public double gflop;

        @Setup(Level.Iteration)
        public void reset() {
            gflop = 0;
        }
    }

    @Setup
    public void setUp() {
        gemm = GemmKernels.byName(kernel, Gemms.threads());
        a = GemmKernels.random(n * n, 1);
        b = GemmKernels.random(n * n, 2);
        c = new float[n * n];
    }

    @Benchmark
    public float[] multiply(Flops flops) {
        gemm.gemm(false, false, n, n, n, 1f, a, 0, n, b, 0, n, 0f, c, 0, n);
        flops.gflop += 2.0 * n * n * n / 1e9;
        return c;
    }
}
