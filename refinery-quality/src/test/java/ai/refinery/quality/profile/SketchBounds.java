package ai.refinery.quality.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertions that sketch answers are within their stated error against the sorted true data. */
final class SketchBounds {
    private SketchBounds() {}

    /** The true normalized rank of {@code value} (any rank in [share below, share at or below]) is within eps of q. */
    static void assertRankWithin(double[] sorted, double value, double q, double eps, String context) {
        double below = countBelow(sorted, value) / (double) sorted.length;
        double atOrBelow = countAtOrBelow(sorted, value) / (double) sorted.length;
        double error = q < below ? below - q : q > atOrBelow ? q - atOrBelow : 0;
        assertThat(error).as("rank error of quantile %s = %s (true ranks %s..%s), %s", q, value, below, atOrBelow, context)
                .isLessThanOrEqualTo(eps);
    }

    /** Each cumulative bin count is within eps * n of the true number of values below the bin's upper edge. */
    static void assertHistogramWithin(double[] sorted, List<Double> edges, List<Long> counts, double eps, String context) {
        long cumulative = 0;
        for (int i = 0; i < counts.size(); i++) {
            cumulative += counts.get(i);
            long truth = i == counts.size() - 1 ? sorted.length : countBelow(sorted, edges.get(i + 1));
            assertThat((double) Math.abs(cumulative - truth)).as("cumulative count of bin %d, %s", i, context)
                    .isLessThanOrEqualTo(eps * sorted.length + 1);
        }
    }

    static int countBelow(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    static int countAtOrBelow(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
