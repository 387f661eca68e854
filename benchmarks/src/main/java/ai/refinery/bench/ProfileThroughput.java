package ai.refinery.bench;

import ai.refinery.core.record.Record;
import ai.refinery.quality.profile.DatasetProfile;
import ai.refinery.quality.profile.DatasetProfiler;
import ai.refinery.quality.profile.ProfileOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongFunction;

/**
 * Profiling throughput of {@link DatasetProfiler} on a seeded 20-column table (see
 * {@link SyntheticTable}), as an executor runs a tap: batches of 4096 records, a partial per batch
 * on worker threads, partials merged in input order, at most two batches per thread in flight.
 *
 * <p>Part 1 streams {@code rows} rows: each worker makes its batch, then profiles it. It prints the
 * wall-clock rate of the whole (making records costs about as much as profiling them) and the
 * profiling rate on {@code threads} cores: rows over the workers' CPU time spent profiling and
 * merging, times the thread count (CPU time, because the machine is shared: a thread waiting for a
 * core is not profiling). Part 2 builds {@code peerRows} rows in memory first and times, on those,
 * wall clock: the profiler on {@code threads} threads and on one, and the peer
 * ({@link NaiveProfile}: the same statistics with plain Java collections, one thread).
 *
 * <p>Usage: {@code ProfileThroughput [rows] [runs] [peerRows] [threads] [columns]} (peerRows 0
 * skips part 2; columns, comma-separated, profiles only those and the label) — see
 * benchmarks/README.md.
 */
public final class ProfileThroughput {
    private static final int BATCH = 4096;
    private static final long SEED = 42;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ProfileThroughput() {}

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int peerRows = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        ProfileOptions options = ProfileOptions.defaults().withLabelColumn("label");
        if (args.length > 4) options = options.withColumns(List.of(args[4].split(",")));
        SyntheticTable table = new SyntheticTable(SEED);
        long batches = (rows + BATCH - 1) / BATCH;
        System.out.printf("profiling %,d rows of %d columns (profiled: %s), batches of %d, %d threads (cores: %d, max heap %d MB)%n",
                batches * BATCH, SyntheticTable.COLUMNS, options.columns() == null ? "all" : options.columns() + " and label", BATCH, threads, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        double[] wall = new double[runs];
        double[] profiling = new double[runs];
        for (int i = 0; i < runs; i++) {
            resetPeaks();
            Timing t = profile(options, threads, batches, index -> table.batch(index, BATCH));
            wall[i] = t.rows / t.wallSeconds;
            profiling[i] = t.rows / (t.profileCpuSeconds / threads);
            System.out.printf("streamed run %d: %,.0f rows/s wall (making + profiling); profiling %.0f ns CPU a row = %,.0f rows/s "
                            + "on %d cores; CPU seconds making %.2f, profiling %.2f; peak heap %d MB; %s%n",
                    i + 1, wall[i], t.profileCpuSeconds * 1e9 / t.rows, profiling[i], threads, t.makeCpuSeconds,
                    t.profileCpuSeconds, peakHeapMb(), summary(t.profile));
        }
        System.out.printf("streamed: median %,.0f rows/s profiling on %d cores (CPU time), %,.0f rows/s wall with record making%n",
                median(profiling), threads, median(wall));

        if (peerRows == 0) return;
        List<List<Record>> prebuilt = new ArrayList<>();
        for (long b = 0; b < peerRows / BATCH; b++) prebuilt.add(table.batch(b, BATCH));
        long prebuiltRows = (long) prebuilt.size() * BATCH;
        double[] parallel = new double[runs];
        double[] single = new double[runs];
        double[] peer = new double[runs];
        for (int i = 0; i < runs; i++) {
            Timing p = profile(options, threads, prebuilt.size(), index -> prebuilt.get((int) index));
            parallel[i] = prebuiltRows / p.wallSeconds;
            Timing s = profile(options, 1, prebuilt.size(), index -> prebuilt.get((int) index));
            single[i] = prebuiltRows / s.wallSeconds;
            long t0 = System.nanoTime();
            NaiveProfile naive = new NaiveProfile();
            for (List<Record> batch : prebuilt) for (Record r : batch) naive.accept(r);
            double checksum = naive.finish("label");
            peer[i] = prebuiltRows / ((System.nanoTime() - t0) / 1e9);
            System.out.printf("in-memory run %d (%,d rows): profiler %,.0f rows/s on %d threads, %,.0f rows/s on 1; "
                            + "plain-collections peer %,.0f rows/s on 1 (checksum %.3g)%n",
                    i + 1, prebuiltRows, parallel[i], threads, single[i], peer[i], checksum);
        }
        System.out.printf("in-memory: median profiler %,.0f rows/s on %d threads, %,.0f on 1; peer %,.0f on 1; "
                        + "ratio profiler/peer on 1 thread %.2f%n",
                median(parallel), threads, median(single), median(peer), median(single) / median(peer));
    }

    /** Times of one profiling run. */
    private record Timing(long rows, double wallSeconds, double makeCpuSeconds, double profileCpuSeconds, DatasetProfile profile) {}

    private static Timing profile(ProfileOptions options, int threads, long batches, LongFunction<List<Record>> source)
            throws InterruptedException {
        DatasetProfiler profiler = new DatasetProfiler(options);
        int maxInFlight = threads * 2;
        Semaphore inFlight = new Semaphore(maxInFlight);
        InOrderMerger merger = new InOrderMerger(profiler, inFlight);
        LongAdder makeNanos = new LongAdder();
        LongAdder profileNanos = new LongAdder();
        LongAdder rows = new LongAdder();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            for (long b = 0; b < batches && failure.get() == null; b++) {
                inFlight.acquire();
                long index = b;
                pool.execute(() -> {
                    try {
                        long t0 = CPU.getCurrentThreadCpuTime();
                        List<Record> batch = source.apply(index);
                        long t1 = CPU.getCurrentThreadCpuTime();
                        DatasetProfiler.Partial partial = profiler.newPartial();
                        for (Record r : batch) partial.accept(r);
                        merger.offer(index, partial);
                        makeNanos.add(t1 - t0);
                        profileNanos.add(CPU.getCurrentThreadCpuTime() - t1);
                        rows.add(batch.size());
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                        inFlight.release(maxInFlight);
                    }
                });
            }
            inFlight.acquire(maxInFlight); // every batch merged
        } finally {
            pool.shutdownNow();
        }
        if (failure.get() != null) throw new IllegalStateException("profiling failed", failure.get());
        long t0 = CPU.getCurrentThreadCpuTime();
        DatasetProfile result = profiler.result();
        double resultSeconds = (CPU.getCurrentThreadCpuTime() - t0) / 1e9;
        double wall = (System.nanoTime() - start) / 1e9;
        return new Timing(rows.sum(), wall, makeNanos.sum() / 1e9, profileNanos.sum() / 1e9 + resultSeconds, result);
    }

    /** Merges partials in batch order, whichever thread finishes them; frees a batch's slot once merged. */
    private static final class InOrderMerger {
        private final DatasetProfiler profiler;
        private final Semaphore inFlight;
        private final Map<Long, DatasetProfiler.Partial> waiting = new TreeMap<>();
        private long next;

        InOrderMerger(DatasetProfiler profiler, Semaphore inFlight) {
            this.profiler = profiler;
            this.inFlight = inFlight;
        }

        synchronized void offer(long index, DatasetProfiler.Partial partial) {
            waiting.put(index, partial);
            for (DatasetProfiler.Partial p; (p = waiting.remove(next)) != null; next++) {
                profiler.merge(p);
                inFlight.release();
            }
        }
    }

    private static String summary(DatasetProfile p) {
        StringBuilder sb = new StringBuilder(String.format("rows %,d, columns %d", p.rows(), p.columns().size()));
        if (p.column("user_id") != null) sb.append(String.format(", distinct(user_id) %,.0f", p.column("user_id").distinct()));
        if (p.column("score") != null) sb.append(String.format(", median(score) %.2f", p.column("score").numeric().quantile(0.5)));
        if (p.label() != null && p.label().imbalanceRatio() != null) sb.append(String.format(", imbalance %.2f", p.label().imbalanceRatio()));
        return sb.toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
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
