package ai.refinery.quality.profile;

/**
 * Equal-width bins over [min, max] read off a column's distribution. Bin edges depend on the global
 * min and max, which no partial knows, so counting into bins directly would not merge; the exact
 * counts and the KLL sketch do. From exact counts the bins are exact; from the sketch each
 * cumulative count is within its normalized rank error for CDFs (about 1.65% of the count for
 * k = 200). Bins are [e_i, e_i+1), the last one closed; a column with a single value has one bin
 * [min, min].
 */
record Histogram(double[] edges, long[] counts) {

    static Histogram of(Distribution distribution, long n, double min, double max, int bins) {
        double[] edges = new double[bins + 1];
        edges[0] = min;
        edges[bins] = max;
        double width = (max - min) / bins;
        for (int i = 1; i < bins; i++) {
            edges[i] = min + i * width;
            // too narrow a range for distinct edges (or a single value): one bin
            if (!(edges[i] > edges[i - 1] && edges[i] < max)) return new Histogram(new double[] {min, max}, new long[] {n});
        }
        if (!(max > min)) return new Histogram(new double[] {min, max}, new long[] {n});
        long[] counts = new long[bins];
        double[] splits = new double[bins - 1];
        System.arraycopy(edges, 1, splits, 0, bins - 1);
        double[] below = distribution.shareBelow(splits);
        // cumulative rounding keeps the counts summing to n
        long previous = 0;
        for (int i = 0; i < bins; i++) {
            long cumulative = i == bins - 1 ? n : Math.round(below[i] * n);
            counts[i] = cumulative - previous;
            previous = cumulative;
        }
        return new Histogram(edges, counts);
    }
}
