package ai.refinery.quality.profile;

import static ai.refinery.quality.profile.Profiles.MISSING;
import static ai.refinery.quality.profile.Profiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.refinery.core.record.Record;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.datasketches.kll.KllSketch;
import org.junit.jupiter.api.Test;

/**
 * One partial, seven partials merged in order, and seven combined as a tree must agree: exactly on
 * exact figures, to rounding on sums of doubles, and within the sketches' bounds on quantiles.
 */
class MergeInvarianceTest {
    private static final long SEED = Long.getLong("refinery.test.seed", System.nanoTime());
    private static final int ROWS = 20_000;

    private static List<Record> table(long seed) {
        Random rnd = new Random(seed);
        String[] words = new String[30];
        for (int i = 0; i < words.length; i++) words[i] = "w" + i;
        List<Record> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            double x = rnd.nextGaussian() * 3 + 10;
            rows.add(row("r" + i,
                    "id", "id-" + i + "-" + rnd.nextInt(1000),
                    "cat", words[(int) Math.abs(rnd.nextGaussian() * 8) % words.length],
                    "num", (long) rnd.nextInt(5000) - 1000,
                    "x", rnd.nextInt(20) == 0 ? null : x,
                    "y", rnd.nextInt(20) == 0 ? MISSING : 2 * x + rnd.nextGaussian(),
                    "mixed", switch (rnd.nextInt(5)) {
                        case 0 -> "s" + rnd.nextInt(5);
                        case 1 -> (long) rnd.nextInt(5);
                        case 2 -> rnd.nextInt(5) / 2.0;
                        case 3 -> rnd.nextBoolean();
                        default -> List.of(rnd.nextInt(3));
                    },
                    "late", i < ROWS / 2 ? MISSING : "v" + rnd.nextInt(3),
                    "label", rnd.nextInt(10) < 7 ? "neg" : "pos"));
        }
        return rows;
    }

    private static ProfileOptions options() {
        return ProfileOptions.defaults().withLabelColumn("label").withPatterns(Map.of("digits", "^[a-z]+-\\d+"));
    }

    @Test
    void onePartialSevenInOrderAndSevenAsATreeAgree() {
        List<Record> rows = table(SEED);
        DatasetProfile one = Profiles.profile(options(), rows);
        DatasetProfile seven = Profiles.profileInParts(options(), rows, 7);
        DatasetProfile tree = Profiles.profileAsTree(options(), rows, 7);

        for (DatasetProfile other : List.of(seven, tree)) {
            assertThat(other.rows()).isEqualTo(one.rows());
            assertThat(other.columns().keySet()).as("seed=%d", SEED).containsExactlyElementsOf(one.columns().keySet());
            assertThat(other.label()).as("seed=%d", SEED).isEqualTo(one.label());
            for (ColumnProfile a : one.columns().values()) assertSameColumn(a, other.column(a.name()));
            assertThat(other.correlations()).hasSameSizeAs(one.correlations());
            for (Correlation c : one.correlations()) {
                Correlation o = other.correlation(c.a(), c.b());
                assertThat(o.count()).isEqualTo(c.count());
                assertThat(o.pearson()).as("%s seed=%d", c, SEED).isCloseTo(c.pearson(), within(1e-9));
            }
        }
        assertThat(one.column("id").topValuesExact()).as("the test covers sketch mode").isFalse();
        assertThat(one.column("cat").topValuesExact()).as("and exact mode").isTrue();
        assertThat(one.correlation("x", "y").pearson()).as("seed=%d", SEED).isGreaterThan(0.9);
    }

    private static void assertSameColumn(ColumnProfile a, ColumnProfile b) {
        String what = a.name() + ", seed=" + SEED;
        assertThat(b.count()).as(what).isEqualTo(a.count());
        assertThat(b.nulls()).as(what).isEqualTo(a.nulls());
        assertThat(b.types()).as(what).isEqualTo(a.types());
        assertThat(b.distinct()).as("distinct depends only on the set of values: " + what).isEqualTo(a.distinct());
        assertThat(b.distinctLowerBound()).as(what).isEqualTo(a.distinctLowerBound());
        assertThat(b.distinctUpperBound()).as(what).isEqualTo(a.distinctUpperBound());
        assertThat(b.text()).as(what).isEqualTo(a.text());
        assertThat(b.patternCompliance()).as(what).isEqualTo(a.patternCompliance());
        assertThat(b.topValuesExact()).as(what).isEqualTo(a.topValuesExact());
        if (a.topValuesExact()) {
            assertThat(b.topValues()).as(what).isEqualTo(a.topValues());
            assertThat(b.entropy()).as(what).isEqualTo(a.entropy());
        }
        NumericProfile x = a.numeric();
        NumericProfile y = b.numeric();
        if (x == null) {
            assertThat(y).as(what).isNull();
            return;
        }
        assertThat(y.count()).as(what).isEqualTo(x.count());
        assertThat(y.min()).as(what).isEqualTo(x.min());
        assertThat(y.max()).as(what).isEqualTo(x.max());
        if (x.sum() instanceof Long) assertThat(y.sum()).as("a long sum is exact: " + what).isEqualTo(x.sum());
        else assertThat(y.sum().doubleValue()).as(what).isCloseTo(x.sum().doubleValue(), within(1e-9 * Math.abs(x.sum().doubleValue())));
        assertThat(y.mean()).as(what).isCloseTo(x.mean(), within(1e-9 * Math.max(1, Math.abs(x.mean()))));
        assertThat(y.stddev()).as(what).isCloseTo(x.stddev(), within(1e-9 * Math.max(1, x.stddev())));
        assertThat(y.histogramEdges()).as(what).isEqualTo(x.histogramEdges());
    }

    @Test
    void quantilesAndHistogramsOfEveryGroupingAreWithinTheSketchBounds() {
        List<Record> rows = table(SEED);
        double[] sorted = rows.stream().map(r -> r.get("x")).filter(v -> v != null).mapToDouble(v -> (Double) v).sorted().toArray();
        // 5000 distinct longs: counted exactly at first, then handed to the sketch with their counts
        double[] longs = rows.stream().mapToDouble(r -> (Long) r.get("num")).sorted().toArray();
        double rankError = KllSketch.getNormalizedRankError(ProfileOptions.DEFAULT_KLL_K, false);
        double pmfError = KllSketch.getNormalizedRankError(ProfileOptions.DEFAULT_KLL_K, true);

        for (int parts : new int[] {1, 7}) {
            NumericProfile x = Profiles.profileInParts(options(), rows, parts).column("x").numeric();
            assertThat(x.quantileRankError()).isEqualTo(rankError);
            for (double q : new double[] {0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99}) {
                SketchBounds.assertRankWithin(sorted, x.quantile(q), q, rankError, "parts=" + parts + ", seed=" + SEED);
            }
            SketchBounds.assertHistogramWithin(sorted, x.histogramEdges(), x.histogramCounts(), pmfError, "parts=" + parts + ", seed=" + SEED);
            NumericProfile num = Profiles.profileInParts(options(), rows, parts).column("num").numeric();
            for (double q : NumericProfile.QUANTILE_LEVELS) {
                SketchBounds.assertRankWithin(longs, num.quantile(q), q, rankError, "num, parts=" + parts + ", seed=" + SEED);
            }
            assertThat(x.histogramCounts().stream().mapToLong(Long::longValue).sum()).isEqualTo(sorted.length);
            assertThat(Arrays.stream(sorted).min().getAsDouble()).isEqualTo(x.min());
        }
    }
}
