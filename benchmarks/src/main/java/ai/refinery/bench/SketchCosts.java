package ai.refinery.bench;

import ai.refinery.core.record.Record;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.kll.KllDoublesSketch;

/**
 * What the profiling target leaves for Refinery's own code on this machine: the per-row cost of work
 * no profiler of the {@link SyntheticTable} can skip, measured in CPU time on one thread.
 *
 * <ul>
 *   <li>touch: reading every field value of freshly made records (the type check a profiler needs
 *       before anything else), per row of 20 columns;
 *   <li>KLL: DataSketches' {@code KllDoublesSketch} (k = 200, the profiler's default) updated in
 *       blocks of 1024 log-normal numbers, per value; every number of a column past the exact limit
 *       must reach it;
 *   <li>HLL: DataSketches' {@code HllSketch} (lgK 12, HLL_8) updated with a 64-bit hash, per value;
 *       every value of a near-distinct column must reach it;
 *   <li>sort: {@code Arrays.sort} of 1024 random doubles, per value, as a reference for the speed of
 *       the machine.
 * </ul>
 *
 * <p>The floor is touch + 5 KLL + 7 HLL a row: the synthetic table has five continuous numeric
 * columns and seven near-distinct columns past the exact limit. Usage: {@code SketchCosts [runs]}.
 */
public final class SketchCosts {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int BLOCK = 1024;
    private static final int NUMERIC_SKETCHED = 5;
    private static final int NEAR_DISTINCT = 7;
    private static final double TARGET_ROWS_PER_SECOND = 2_000_000;
    private static final int CORES = 2;

    private SketchCosts() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double[] touch = new double[runs];
        double[] kll = new double[runs];
        double[] hll = new double[runs];
        double[] sort = new double[runs];
        double[] numbers = logNormal(new SplittableRandom(7), 4 << 20);
        SyntheticTable table = new SyntheticTable(42);
        long sink = 0;
        for (int i = 0; i < runs; i++) {
            long[] out = new long[1];
            touch[i] = touchPerRow(table, 500, out);
            kll[i] = kllPerValue(numbers);
            hll[i] = hllPerValue(numbers);
            sort[i] = sortPerValue(numbers);
            sink += out[0];
            System.out.printf("run %d: touch %.0f ns a row; KLL %.1f, HLL %.1f, sort of 1024 %.1f ns a value%n",
                    i + 1, touch[i], kll[i], hll[i], sort[i]);
        }
        double floor = median(touch) + NUMERIC_SKETCHED * median(kll) + NEAR_DISTINCT * median(hll);
        double budget = CORES * 1e9 / TARGET_ROWS_PER_SECOND;
        System.out.printf("median: touch %.0f ns a row, KLL %.1f, HLL %.1f, sort %.1f ns a value (checksum %d)%n",
                median(touch), median(kll), median(hll), median(sort), sink & 1);
        System.out.printf("floor: touch + %d KLL + %d HLL = %.0f ns a row; 2 M rows/s on %d cores allows %.0f, "
                + "leaving %.0f ns a row (%.0f a column) for hashing, exact counts, heavy hitters, moments and correlations%n",
                NUMERIC_SKETCHED, NEAR_DISTINCT, floor, CORES, budget, budget - floor, (budget - floor) / SyntheticTable.COLUMNS);
    }

    private static double touchPerRow(SyntheticTable table, int batches, long[] sink) {
        long nanos = 0;
        long rows = 0;
        long s = 0;
        for (long b = 0; b < batches; b++) {
            List<Record> batch = table.batch(b, 4096);
            long t0 = CPU.getCurrentThreadCpuTime();
            for (Record r : batch) {
                for (int i = 0, n = r.fieldCount(); i < n; i++) {
                    Object v = r.fieldValue(i);
                    if (v == null) continue;
                    Class<?> type = v.getClass();
                    if (type == String.class) s += ((String) v).length();
                    else if (type == Long.class) s += (Long) v;
                    else if (type == Double.class) s += Double.doubleToRawLongBits((Double) v);
                    else s++;
                }
            }
            nanos += CPU.getCurrentThreadCpuTime() - t0;
            rows += batch.size();
        }
        sink[0] = s;
        return (double) nanos / rows;
    }

    private static double kllPerValue(double[] numbers) {
        long t0 = CPU.getCurrentThreadCpuTime();
        double check = 0;
        // a fresh sketch per 16 blocks, as a profile partial of 4 chunks of 4096 rows has
        KllDoublesSketch sketch = null;
        for (int i = 0; i + BLOCK <= numbers.length; i += BLOCK) {
            if (i % (16 * BLOCK) == 0) {
                if (sketch != null) check += sketch.getQuantile(0.5);
                sketch = KllDoublesSketch.newHeapInstance(200);
            }
            sketch.update(numbers, i, BLOCK);
        }
        return nanosPerValue(t0, numbers.length, check);
    }

    private static double hllPerValue(double[] numbers) {
        long t0 = CPU.getCurrentThreadCpuTime();
        HllSketch sketch = new HllSketch(12, TgtHllType.HLL_8);
        for (double x : numbers) sketch.update(Double.doubleToRawLongBits(x) * 0x9E3779B97F4A7C15L);
        return nanosPerValue(t0, numbers.length, sketch.getEstimate());
    }

    private static double sortPerValue(double[] numbers) {
        double[] block = new double[BLOCK];
        long t0 = CPU.getCurrentThreadCpuTime();
        double check = 0;
        for (int i = 0; i + BLOCK <= numbers.length; i += BLOCK) {
            System.arraycopy(numbers, i, block, 0, BLOCK);
            Arrays.sort(block);
            check += block[BLOCK / 2];
        }
        return nanosPerValue(t0, numbers.length, check);
    }

    private static double nanosPerValue(long cpuStart, int values, double check) {
        double ns = (double) (CPU.getCurrentThreadCpuTime() - cpuStart) / values;
        if (Double.isNaN(check)) throw new IllegalStateException("no result"); // keeps the work alive
        return ns;
    }

    private static double[] logNormal(SplittableRandom rnd, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double u = 1 - rnd.nextDouble();
            out[i] = Math.exp(10 + 0.8 * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble()));
        }
        return out;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
