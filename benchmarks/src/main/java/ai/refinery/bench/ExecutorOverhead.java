package ai.refinery.bench;

import ai.refinery.core.exec.LocalExecutor;
import ai.refinery.core.exec.RunOptions;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.core.run.RunReport;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * End-to-end executor overhead: N small JSONL records through a recipe of three trivial operators
 * (read, parse, 3 ops, serialize, write), several runs, median records per second and peak heap.
 *
 * <p>Usage: {@code ExecutorOverhead <work dir> <records> <runs> [recipe]} — see benchmarks/README.md.
 */
public final class ExecutorOverhead {
    private ExecutorOverhead() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "benchmarks/data");
        long n = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path input = work.resolve("synthetic-" + n + ".jsonl");
        if (!Files.exists(input)) {
            System.out.printf("generating %,d records into %s%n", n, input);
            SyntheticJsonl.write(input, n, 42);
        }
        Path recipeFile = work.resolve("overhead.yaml");
        Files.writeString(recipeFile, args.length > 3 ? Files.readString(Path.of(args[3])) : defaultRecipe(input.getFileName().toString()));
        double[] rates = new double[runs];
        for (int i = 0; i < runs; i++) {
            Recipe recipe = RecipeLoader.withDefaults().load(recipeFile, List.of("output.mode=overwrite"));
            resetPeaks();
            long t0 = System.nanoTime();
            RunReport report = new LocalExecutor().run(recipe, RunOptions.defaults());
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (!report.succeeded()) throw new IllegalStateException("run failed: " + report.failure());
            rates[i] = report.records().in() / seconds;
            System.out.printf("run %d: %,d records in %.2f s = %,.0f records/s, out %,d, peak heap %d MB%n",
                    i + 1, report.records().in(), seconds, rates[i], report.records().out(), peakHeapMb());
        }
        double[] baseline = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            long copied = JacksonCopyBaseline.run(input, work.resolve("baseline.jsonl"));
            baseline[i] = copied / ((System.nanoTime() - t0) / 1e9);
            System.out.printf("baseline run %d: single-thread Jackson copy %,.0f records/s%n", i + 1, baseline[i]);
        }
        double median = median(rates);
        System.out.printf("median: %,.0f records/s over %d runs (cores: %d, max heap %d MB); "
                        + "single-thread Jackson copy %,.0f records/s; ratio %.2f%n",
                median, runs, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                median(baseline), median / median(baseline));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static String defaultRecipe(String inputName) {
        return String.join("\n",
                "name: executor-overhead",
                "input: {path: " + inputName + "}",
                "pipeline:",
                "  - op: require_fields",
                "    fields: [id, text]",
                "  - op: rename_fields",
                "    fields: {score: quality}",
                "  - op: drop_fields",
                "    fields: [ok]",
                "output: {path: out, records_per_shard: 1000000}",
                "");
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    }

    private static long peakHeapMb() {
        // the sum of each heap pool's peak: an upper bound of the true peak
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum >> 20;
    }
}
