package ai.refinery.quality.profile;

import static ai.refinery.quality.profile.Profiles.row;
import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.record.Record;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.datasketches.frequencies.ItemsSketch;
import org.apache.datasketches.kll.KllSketch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A million seeded rows profiled in batches of 4096: quantiles, histogram, distinct counts and
 * frequent values must be within the bounds the profile itself states.
 *
 * <p>The seed is fixed unless {@code -Drefinery.test.seed} is given: the HLL bounds are two standard
 * deviations wide, so one seed in twenty lands outside them by design, and a random seed would make
 * this test fail one build in twenty. KLL's own randomness stays; its stated bound is for 99%
 * confidence and holds with a wide margin in practice.
 */
class SketchAccuracyTest {
    private static final long SEED = Long.getLong("refinery.test.seed", 20261128L);
    private static final int ROWS = 1_000_000;
    private static final int BATCH = 4096;
    private static final int HOT_VALUES = 5;

    private static DatasetProfile profile;
    private static double[] gaussians;
    private static int distinctLongs;
    private static Map<String, Integer> skewedCounts;
    private static Map<String, Integer> nearDistinctCounts;

    @BeforeAll
    static void profileAMillionRows() {
        Random rnd = new Random(SEED);
        DatasetProfiler profiler = new DatasetProfiler(ProfileOptions.defaults());
        gaussians = new double[ROWS];
        Set<Long> longs = new HashSet<>();
        skewedCounts = new HashMap<>();
        nearDistinctCounts = new HashMap<>();
        // a column of nearly all distinct values (it goes direct) with three values of 1% each;
        // its own generator, so the other columns are the same as without it
        Random nearRnd = new Random(SEED + 1);
        DatasetProfiler.Partial partial = profiler.newPartial();
        for (int i = 0; i < ROWS; i++) {
            double g = rnd.nextGaussian() * 50 + 100;
            long k = rnd.nextInt(300_000);
            // a few hot values take 40% of the rows, the rest spread over 100,000
            String z = rnd.nextInt(10) < 4 ? "hot" + rnd.nextInt(HOT_VALUES) : "cold" + rnd.nextInt(100_000);
            gaussians[i] = g;
            longs.add(k);
            skewedCounts.merge(z, 1, Integer::sum);
            String w = nearRnd.nextInt(100) < 3 ? "often" + nearRnd.nextInt(3) : "once" + i;
            nearDistinctCounts.merge(w, 1, Integer::sum);
            Record r = row("r" + i, "g", g, "u", "user-" + i + "-" + rnd.nextInt(1000), "k", k, "z", z, "w", w);
            partial.accept(r);
            if ((i + 1) % BATCH == 0) {
                profiler.merge(partial);
                partial = profiler.newPartial();
            }
        }
        profiler.merge(partial);
        profile = profiler.result();
        Arrays.sort(gaussians);
        distinctLongs = longs.size();
    }

    @Test
    void quantilesAreWithinTheStatedRankError() {
        NumericProfile g = profile.column("g").numeric();
        double eps = KllSketch.getNormalizedRankError(ProfileOptions.DEFAULT_KLL_K, false);

        assertThat(g.quantileRankError()).isEqualTo(eps);
        for (double q : NumericProfile.QUANTILE_LEVELS) {
            SketchBounds.assertRankWithin(gaussians, g.quantiles().get(q), q, eps, "seed=" + SEED);
        }
        Random levels = new Random(SEED);
        for (int i = 0; i < 20; i++) {
            double q = levels.nextDouble();
            SketchBounds.assertRankWithin(gaussians, g.quantile(q), q, eps, "seed=" + SEED);
        }
        assertThat(g.min()).isEqualTo(gaussians[0]);
        assertThat(g.max()).isEqualTo(gaussians[ROWS - 1]);
    }

    @Test
    void histogramBinsAreWithinTheSketchsCdfError() {
        NumericProfile g = profile.column("g").numeric();

        SketchBounds.assertHistogramWithin(gaussians, g.histogramEdges(), g.histogramCounts(),
                KllSketch.getNormalizedRankError(ProfileOptions.DEFAULT_KLL_K, true), "seed=" + SEED);
    }

    @Test
    void meanAndStddevMatchATwoPassComputation() {
        NumericProfile g = profile.column("g").numeric();
        double mean = Arrays.stream(gaussians).sum() / ROWS;
        double m2 = 0;
        for (double x : gaussians) m2 += (x - mean) * (x - mean);

        assertThat(g.mean()).isCloseTo(mean, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(g.stddev()).isCloseTo(Math.sqrt(m2 / ROWS), org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void distinctCountsAreWithinTheReportedBounds() {
        ColumnProfile u = profile.column("u");
        ColumnProfile k = profile.column("k");

        assertThat(u.distinctLowerBound()).as("seed=%d", SEED).isLessThanOrEqualTo(ROWS);
        assertThat(u.distinctUpperBound()).as("seed=%d", SEED).isGreaterThanOrEqualTo(ROWS);
        assertThat(k.distinctLowerBound()).as("seed=%d", SEED).isLessThanOrEqualTo(distinctLongs);
        assertThat(k.distinctUpperBound()).as("seed=%d", SEED).isGreaterThanOrEqualTo(distinctLongs);
        // the bounds are about two relative standard errors (1.04 / sqrt(4096) each) wide
        assertThat(u.distinctUpperBound() / u.distinctLowerBound()).isBetween(1.04, 1.10);
        assertThat(u.topValuesExact()).isFalse();
        assertThat(u.entropy()).isNull();
    }

    @Test
    void frequentValuesAreEstimatedWithinTheSketchsError() {
        ColumnProfile z = profile.column("z");
        // the bound ValueCounts states: the sketch's own error (map size M = 1024 for 20 top values)
        // plus the Misra-Gries reduction of each chunk to its M/4 most counted values
        double error = ItemsSketch.getAprioriError(1024, ROWS) + ROWS / 257.0;

        assertThat(z.topValuesExact()).isFalse();
        assertThat(z.topValues()).as("seed=%d", SEED).hasSize(HOT_VALUES);
        for (TopValue v : z.topValues()) {
            assertThat((String) v.value()).startsWith("hot");
            assertThat((double) Math.abs(v.count() - skewedCounts.get(v.value()))).as("%s, seed=%d", v, SEED).isLessThanOrEqualTo(error);
        }
    }

    @Test
    void frequentValuesOfANearlyDistinctColumnAreWithinTheSameError() {
        // its chunks are counted by a Misra-Gries summary instead of exactly (ValueCounts, direct):
        // the stated bound is the same, and only values certainly above it are reported
        ColumnProfile w = profile.column("w");
        double error = ItemsSketch.getAprioriError(1024, ROWS) + ROWS / 257.0;

        assertThat(w.topValuesExact()).isFalse();
        assertThat(w.topValues()).as("seed=%d", SEED).hasSize(3);
        for (TopValue v : w.topValues()) {
            assertThat((String) v.value()).startsWith("often");
            assertThat((double) Math.abs(v.count() - nearDistinctCounts.get(v.value()))).as("%s, seed=%d", v, SEED).isLessThanOrEqualTo(error);
        }
        assertThat(w.distinctLowerBound()).isLessThanOrEqualTo(nearDistinctCounts.size());
        assertThat(w.distinctUpperBound()).isGreaterThanOrEqualTo(nearDistinctCounts.size());
    }
}
