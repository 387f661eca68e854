package ai.refinery.quality.ops;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distribution of a numeric field, for the mean, standard deviation and quantiles that
 * {@code impute} and the outlier operators learn. Exact while the field has at most
 * {@code maxDistinct} distinct values: it then counts each value. Beyond that it counts values in
 * buckets, each the doubles sharing all but the lowest {@code shift} bits (sign, exponent and the
 * top of the mantissa), doubling the bucket width until the buckets fit; a bucket stands for the
 * value in its middle, so results are off by at most a relative 2^(shift-52). Memory stays bounded
 * by {@code maxDistinct} entries.
 *
 * <p>Deterministic: the buckets depend only on the multiset of values (a batch coarsens only when
 * it alone has too many distinct values, and then so does the whole), so batching and threads do
 * not change any result. Texts, booleans and infinite numbers are counted as {@link #others()}
 * and otherwise ignored; null and NaN are missing.
 */
final class NumericDistribution implements ColumnAccumulator<NumericDistribution> {
    private static final long serialVersionUID = 1L;

    private final int maxDistinct;
    /** Bits of the order-preserving key dropped by the buckets; 0 while exact. */
    private int shift;
    private HashMap<Long, long[]> counts = new HashMap<>();
    private long count;
    private long others;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    NumericDistribution(int maxDistinct) {
        if (maxDistinct < 2) throw new IllegalArgumentException("maxDistinct must be at least 2, got " + maxDistinct);
        this.maxDistinct = maxDistinct;
    }

    @Override
    public void add(Object v) {
        double x;
        if (v instanceof Long l) {
            x = l;
        } else if (v instanceof Double d && Double.isFinite(d)) {
            x = d;
        } else {
            if (v != null && !(v instanceof Double d && d.isNaN())) others++;
            return;
        }
        x += 0.0; // -0.0 and 0.0 are one value
        put(key(x) >> shift, 1);
        count++;
        min = Math.min(min, x);
        max = Math.max(max, x);
        fit();
    }

    @Override
    public void merge(NumericDistribution o) {
        if (o.shift > shift) coarsen(o.shift);
        int by = shift - o.shift;
        for (Map.Entry<Long, long[]> e : o.counts.entrySet()) put(e.getKey() >> by, e.getValue()[0]);
        count += o.count;
        others += o.others;
        min = Math.min(min, o.min);
        max = Math.max(max, o.max);
        fit();
    }

    /** Numbers counted. */
    long count() {
        return count;
    }

    /** Values present that are not finite numbers (texts, booleans, infinities, ...). */
    long others() {
        return others;
    }

    /** Whether every value was counted exactly (no buckets). */
    boolean exact() {
        return shift == 0;
    }

    /** Upper bound of the relative error of results: 0 when exact. */
    double relativeError() {
        return shift == 0 ? 0 : Math.scalb(1.0, shift - 52);
    }

    double min() {
        requireValues();
        return min;
    }

    double max() {
        requireValues();
        return max;
    }

    double mean() {
        requireValues();
        Sorted s = sorted();
        double sum = 0;
        double compensation = 0; // Neumaier summation, over values in ascending order
        for (int i = 0; i < s.values.length; i++) {
            double term = s.values[i] * s.counts[i];
            double t = sum + term;
            compensation += Math.abs(sum) >= Math.abs(term) ? (sum - t) + term : (term - t) + sum;
            sum = t;
        }
        return (sum + compensation) / count;
    }

    /** Sample standard deviation (divides by n - 1, as pandas does); 0 for a single value. */
    double stddev() {
        requireValues();
        if (count < 2) return 0;
        double mean = mean();
        Sorted s = sorted();
        double squares = 0;
        for (int i = 0; i < s.values.length; i++) squares += s.counts[i] * (s.values[i] - mean) * (s.values[i] - mean);
        return Math.sqrt(squares / (count - 1));
    }

    /** The q-quantile, interpolated linearly between the closest ranks (pandas' and numpy's default). */
    double quantile(double q) {
        requireValues();
        if (!(q >= 0 && q <= 1)) throw new IllegalArgumentException("quantile must be within [0, 1], got " + q);
        Sorted s = sorted();
        double h = (count - 1) * q;
        long lo = (long) Math.floor(h);
        double low = s.valueAtRank(lo);
        double frac = h - lo;
        return frac == 0 ? low : low + frac * (s.valueAtRank(lo + 1) - low);
    }

    private void requireValues() {
        if (count == 0) throw new IllegalStateException("no numbers");
    }

    private void put(long bucket, long n) {
        long[] c = counts.get(bucket);
        if (c == null) counts.put(bucket, new long[] {n});
        else c[0] += n;
    }

    private void fit() {
        while (counts.size() > maxDistinct) coarsen(shift + 1);
    }

    private void coarsen(int newShift) {
        int by = newShift - shift;
        HashMap<Long, long[]> old = counts;
        counts = new HashMap<>();
        shift = newShift;
        for (Map.Entry<Long, long[]> e : old.entrySet()) put(e.getKey() >> by, e.getValue()[0]);
    }

    /** A long whose order is the order of the doubles: the bits, with the magnitude bits of negatives flipped. */
    static long key(double x) {
        long bits = Double.doubleToLongBits(x);
        return bits >= 0 ? bits : bits ^ Long.MAX_VALUE;
    }

    static double value(long key) {
        return Double.longBitsToDouble(key >= 0 ? key : key ^ Long.MAX_VALUE);
    }

    /** The value a bucket stands for: exact at shift 0, else its middle, kept within the values seen. */
    private double valueOf(long bucket) {
        if (shift == 0) return value(bucket);
        double v = value((bucket << shift) + (1L << (shift - 1)));
        if (!Double.isFinite(v)) v = bucket < 0 ? min : max;
        return Math.max(min, Math.min(max, v));
    }

    private Sorted sorted() {
        long[] buckets = new long[counts.size()];
        int i = 0;
        for (Long b : counts.keySet()) buckets[i++] = b;
        Arrays.sort(buckets);
        double[] values = new double[buckets.length];
        long[] n = new long[buckets.length];
        for (i = 0; i < buckets.length; i++) {
            values[i] = valueOf(buckets[i]);
            n[i] = counts.get(buckets[i])[0];
        }
        return new Sorted(values, n);
    }

    /** Distinct values (or bucket values) in ascending order with their counts. */
    private record Sorted(double[] values, long[] counts) {
        /** The value at 0-based {@code rank} in the sorted list of all counted numbers. */
        double valueAtRank(long rank) {
            long seen = 0;
            for (int i = 0; i < values.length; i++) {
                seen += counts[i];
                if (rank < seen) return values[i];
            }
            return values[values.length - 1];
        }
    }
}
