package ai.refinery.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The theoretical single-precision peak of this machine, from /proc/cpuinfo: 2 FMA units × lanes ×
 * 2 flops × clock × cores, with 16 lanes when the CPU has AVX-512 and 8 with AVX2. The clock is the
 * 'cpu MHz' line, the nominal clock on a VM; turbo can run above it, so a kernel can measure above
 * this "peak".
 */
record CpuPeak(String model, double mhz, boolean avx2, boolean avx512, boolean fma, int cores) {
    static CpuPeak read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
        } catch (IOException e) {
            lines = List.of();
        }
        String model = field(lines, "model name").orElse(System.getProperty("os.arch"));
        double mhz = field(lines, "cpu MHz").map(Double::parseDouble).orElse(Double.NaN);
        Set<String> flags = Set.of(field(lines, "flags").orElse("").split("\\s+"));
        return new CpuPeak(model, mhz, flags.contains("avx2"), flags.contains("avx512f"), flags.contains("fma"),
                Runtime.getRuntime().availableProcessors());
    }

    private static Optional<String> field(List<String> lines, String name) {
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equals(name)) return Optional.of(line.substring(colon + 1).trim());
        }
        return Optional.empty();
    }

    /** Lanes of the widest float vectors: 16 with AVX-512, 8 with AVX2, 4 otherwise. */
    int lanes() {
        return avx512 ? 16 : avx2 ? 8 : 4;
    }

    /** GFLOPS of {@code threads} cores, with vectors of {@code lanes} floats. */
    double gflops(int lanes, int threads) {
        return 2 * lanes * 2 * mhz / 1000 * threads;
    }

    String isa() {
        return avx512 ? "AVX-512" : avx2 ? "AVX2" : "SSE";
    }
}
