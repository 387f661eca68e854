package ai.refinery.quality.profile;

import java.util.Arrays;

/** Quantiles and shares computed from exact (value, count) pairs. */
final class ExactDistribution implements Distribution {
    private final double[] values;
    /** cumulative[i]: how many values are at most values[i]. */
    private final long[] cumulative;
    private final long n;

    /** The finite numbers among the exact counts' keys. */
    ExactDistribution(ExactCounts counts) {
        int size = 0;
        double[] v = new double[counts.size()];
        long[] c = new long[counts.size()];
        Integer[] order = new Integer[counts.size()];
        for (int i = 0; i < counts.size(); i++) {
            Object key = counts.key(i);
            double x = key instanceof Long l ? l : key instanceof Double d ? d : Double.NaN;
            if (Double.isFinite(x)) {
                v[size] = x;
                c[size] = counts.count(i);
                order[size] = size;
                size++;
            }
        }
        Integer[] sorted = Arrays.copyOf(order, size);
        Arrays.sort(sorted, (a, b) -> Double.compare(v[a], v[b]));
        this.values = new double[size];
        this.cumulative = new long[size];
        long total = 0;
        for (int i = 0; i < size; i++) {
            values[i] = v[sorted[i]];
            total += c[sorted[i]];
            cumulative[i] = total;
        }
        this.n = total;
    }

    @Override
    public double quantile(double q) {
        // the natural rank, rounded as DataSketches does so that 0.1 * 30 is 3, not 3.0000000000000004
        long rank = (long) Math.ceil(Math.round(q * n * 1e7) / 1e7);
        int i = Arrays.binarySearch(cumulative, Math.max(1, rank));
        return values[i >= 0 ? i : -i - 1];
    }

    @Override
    public double[] shareBelow(double[] splits) {
        double[] out = new double[splits.length];
        for (int s = 0; s < splits.length; s++) {
            int i = Arrays.binarySearch(values, splits[s]);
            int below = i >= 0 ? i : -i - 1; // values[0..below) are < split
            out[s] = below == 0 ? 0.0 : cumulative[below - 1] / (double) n;
        }
        return out;
    }

    @Override
    public double rankError() {
        return 0.0;
    }
}
