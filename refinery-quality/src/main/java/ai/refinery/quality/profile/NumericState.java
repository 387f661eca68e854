package ai.refinery.quality.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.datasketches.kll.KllDoublesSketch;

/**
 * The numbers of one column: exact count, min, max, sum and moments, and, once the column has too
 * many distinct values to count exactly, a KLL sketch for quantiles and the histogram. Values are
 * buffered and summarised a block at a time (two-pass moments). The sketch is fed the numbers
 * leaving exact counting ({@link #sketch}), once each, so a column that stays exact never pays
 * for it and gets exact quantiles. Only finite numbers arrive here.
 */
final class NumericState {
    private static final int BUFFER = 512;

    private final int k;
    private final double[] buffer = new double[BUFFER];
    private int buffered;
    private KllDoublesSketch sketch;
    /** Numbers of a direct column (see {@link ValueCounts}) not yet in the sketch. */
    private double[] toSketch;
    private int toSketchCount;
    private final Moments moments = new Moments();
    private final CompensatedSum sum = new CompensatedSum();
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    /** Longs are also tracked as longs, so an all-long column reports exact min, max and sum. */
    private long longCount;
    private long longMin = Long.MAX_VALUE;
    private long longMax = Long.MIN_VALUE;
    private long longSum;
    private boolean longSumOverflowed;

    NumericState(int k) {
        this.k = k;
    }

    void addLong(long v) {
        longCount++;
        if (v < longMin) longMin = v;
        if (v > longMax) longMax = v;
        long s = longSum + v;
        if (((longSum ^ s) & (v ^ s)) < 0) longSumOverflowed = true;
        longSum = s;
        addDouble(v);
    }

    void addDouble(double v) {
        buffer[buffered++] = v;
        if (buffered == BUFFER) flush();
    }

    /** Adds a value that leaves exact counting, {@code weight} times, to the quantile sketch. */
    void sketch(double v, long weight) {
        sketch().update(v, weight);
    }

    /** Adds {@code n} values that leave exact counting once each (one batch update). */
    void sketch(double[] values, int n) {
        if (n > 0) sketch().update(values, 0, n);
    }

    /** Adds a number of a direct column to the quantile sketch (buffered, one batch update per block). */
    void sketchOnce(double v) {
        double[] b = toSketch;
        if (b == null) b = toSketch = new double[BUFFER * 2];
        b[toSketchCount++] = v;
        if (toSketchCount == b.length) {
            sketch().update(b, 0, toSketchCount);
            toSketchCount = 0;
        }
    }

    private KllDoublesSketch sketch() {
        if (sketch == null) sketch = KllDoublesSketch.newHeapInstance(k);
        return sketch;
    }

    /** Summarises the buffered values; readers and merges call it first. */
    void flush() {
        if (toSketchCount > 0) {
            sketch().update(toSketch, 0, toSketchCount);
            toSketchCount = 0;
        }
        int n = buffered;
        if (n == 0) return;
        double lo = min;
        double hi = max;
        for (int i = 0; i < n; i++) {
            double x = buffer[i];
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        min = lo;
        max = hi;
        sum.add(moments.addBlock(buffer, n));
        buffered = 0;
    }

    void absorb(NumericState next) {
        flush();
        next.flush();
        if (next.sketch != null) sketch().merge(next.sketch);
        moments.absorb(next.moments);
        sum.absorb(next.sum);
        min = Math.min(min, next.min);
        max = Math.max(max, next.max);
        longCount += next.longCount;
        longMin = Math.min(longMin, next.longMin);
        longMax = Math.max(longMax, next.longMax);
        long s = longSum + next.longSum;
        if (((longSum ^ s) & (next.longSum ^ s)) < 0) longSumOverflowed = true;
        longSumOverflowed |= next.longSumOverflowed;
        longSum = s;
    }

    long count() {
        flush();
        return moments.n;
    }

    /** @param exact the column's exact counts, or null when it has a sketch instead */
    NumericProfile toProfile(int bins, ExactCounts exact) {
        flush();
        long n = moments.n;
        boolean allLong = longCount == n;
        Number lo = allLong ? (Number) longMin : (Number) min;
        Number hi = allLong ? (Number) longMax : (Number) max;
        Number total = allLong && !longSumOverflowed ? (Number) longSum : (Number) sum.value();
        Distribution distribution = exact != null ? new ExactDistribution(exact) : new KllDistribution(sketch);
        Map<Double, Double> quantiles = new LinkedHashMap<>();
        for (double q : NumericProfile.QUANTILE_LEVELS) quantiles.put(q, distribution.quantile(q));
        Histogram histogram = Histogram.of(distribution, n, min, max, bins);
        return new NumericProfile(n, lo, hi, moments.mean, moments.stddev(), total, quantiles,
                distribution.rankError(), histogram.edges(), histogram.counts(), distribution);
    }
}
