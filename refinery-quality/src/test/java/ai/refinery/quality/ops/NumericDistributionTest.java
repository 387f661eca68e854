package ai.refinery.quality.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumericDistributionTest {
    private static final double[] QS = {0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1};
    private final long seed = Long.getLong("refinery.test.seed", new SplittableRandom().nextLong());

    private String context() {
        return "seed=" + seed + " (rerun with -Drefinery.test.seed=" + seed + ")";
    }

    /** Values like a real column: repeated whole numbers (as longs), a few doubles, negatives, -0.0, a long tail. */
    private List<Object> column(SplittableRandom rnd, int n) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = rnd.nextInt(10);
            if (kind < 5) out.add((long) rnd.nextInt(17, 91));
            else if (kind < 8) out.add(rnd.nextGaussian() * 1000);
            else if (kind < 9) out.add(Math.exp(rnd.nextDouble() * 30));
            else out.add(rnd.nextBoolean() ? -0.0 : (long) -rnd.nextInt(5));
        }
        return out;
    }

    private static NumericDistribution feed(List<Object> values, int maxDistinct, List<Integer> cuts) {
        NumericDistribution total = new NumericDistribution(maxDistinct);
        int from = 0;
        for (int to : cuts) {
            NumericDistribution part = new NumericDistribution(maxDistinct);
            for (Object v : values.subList(from, to)) part.add(v);
            total.merge(part);
            from = to;
        }
        return total;
    }

    private static List<Integer> randomCuts(SplittableRandom rnd, int n) {
        List<Integer> cuts = new ArrayList<>();
        for (int at = 0; at < n; ) {
            at = Math.min(n, at + 1 + rnd.nextInt(Math.max(1, n / 5)));
            cuts.add(at);
        }
        return cuts;
    }

    /** numpy's default (linear) quantile of sorted values. */
    private static double reference(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    }

    private static double[] sortedNumbers(List<Object> values) {
        return values.stream().mapToDouble(v -> ((Number) v).doubleValue()).sorted().toArray();
    }

    @Test
    void exactQuantilesMeanAndStddevMatchASortedCopy() {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Object> values = column(rnd, 5000);
        NumericDistribution d = feed(values, 100_000, List.of(values.size()));
        double[] sorted = sortedNumbers(values);
        assertThat(d.exact()).isTrue();
        assertThat(d.count()).isEqualTo(values.size());
        for (double q : QS) assertThat(d.quantile(q)).as(context() + " q=" + q).isEqualTo(reference(sorted, q));
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : sorted) sum = sum.add(new BigDecimal(x));
        double mean = sum.divide(BigDecimal.valueOf(sorted.length), MathContext.DECIMAL128).doubleValue();
        assertThat(d.mean()).as(context()).isCloseTo(mean, within(Math.abs(mean) * 1e-12 + 1e-9));
        double squares = 0;
        for (double x : sorted) squares += (x - mean) * (x - mean);
        double stddev = Math.sqrt(squares / (sorted.length - 1));
        assertThat(d.stddev()).as(context()).isCloseTo(stddev, within(stddev * 1e-9));
        assertThat(d.min()).isEqualTo(sorted[0]);
        assertThat(d.max()).isEqualTo(sorted[sorted.length - 1]);
    }

    @Test
    void batchingAndMergingNeverChangeAResult() {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Object> values = column(rnd, 4000);
        for (int maxDistinct : new int[] {100_000, 50}) {
            NumericDistribution whole = feed(values, maxDistinct, List.of(values.size()));
            for (int trial = 0; trial < 5; trial++) {
                NumericDistribution batched = feed(values, maxDistinct, randomCuts(rnd, values.size()));
                String why = context() + " max_distinct=" + maxDistinct + " trial " + trial;
                assertThat(batched.exact()).as(why).isEqualTo(whole.exact());
                for (double q : QS) assertThat(batched.quantile(q)).as(why + " q=" + q).isEqualTo(whole.quantile(q));
                assertThat(batched.mean()).as(why).isEqualTo(whole.mean());
                assertThat(batched.stddev()).as(why).isEqualTo(whole.stddev());
            }
        }
    }

    @Test
    void bucketsBoundTheMemoryAndKeepTheRelativeError() {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) values.add(1 + rnd.nextDouble() * 1e6); // all distinct
        NumericDistribution d = feed(values, 10_000, randomCuts(rnd, values.size()));
        double[] sorted = sortedNumbers(values);
        assertThat(d.exact()).isFalse();
        assertThat(d.relativeError()).as(context()).isGreaterThan(0).isLessThan(1e-2);
        for (double q : QS) {
            double want = reference(sorted, q);
            assertThat(d.quantile(q)).as(context() + " q=" + q).isCloseTo(want, within(Math.abs(want) * d.relativeError() * 2));
        }
    }

    @Test
    void countsOnlyFiniteNumbers() {
        NumericDistribution d = new NumericDistribution(1000);
        for (Object v : Arrays.asList(1L, 2.0, null, Double.NaN, "3", true, Double.POSITIVE_INFINITY, List.of(4L), 3L)) d.add(v);
        assertThat(d.count()).isEqualTo(3);
        assertThat(d.others()).as("text, boolean, infinity, list").isEqualTo(4);
        assertThat(d.quantile(0.5)).isEqualTo(2.0);
        assertThatThrownBy(() -> new NumericDistribution(1000).quantile(0.5)).isInstanceOf(IllegalStateException.class).hasMessage("no numbers");
    }

    @Test
    void keysOrderLikeTheNumbers() {
        double[] xs = {Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -2.5, -1, -Double.MIN_VALUE, 0, Double.MIN_VALUE, 1, 2.5, Double.MAX_VALUE};
        for (int i = 1; i < xs.length; i++) {
            assertThat(NumericDistribution.key(xs[i - 1])).as(xs[i - 1] + " < " + xs[i]).isLessThan(NumericDistribution.key(xs[i]));
        }
        for (double x : xs) assertThat(NumericDistribution.value(NumericDistribution.key(x))).isEqualTo(x);
    }
}
