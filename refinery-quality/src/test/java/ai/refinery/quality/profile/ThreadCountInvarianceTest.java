package ai.refinery.quality.profile;

import static ai.refinery.quality.profile.Profiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.refinery.core.record.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The profiler used as an executor uses a tap: small batches profiled on several threads, partials
 * created while earlier ones are being merged (so they start from what merged ones taught them),
 * merged in input order. Exact figures and distinct counts must equal a one-thread run's.
 */
class ThreadCountInvarianceTest {
    private static final long SEED = Long.getLong("refinery.test.seed", System.nanoTime());

    @Test
    void threeThreadsAndSmallBatchesGiveTheOneThreadProfile() throws Exception {
        Random rnd = new Random(SEED);
        List<Record> rows = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            rows.add(row("r" + i, "id", "k" + rnd.nextInt(20_000), "n", (long) rnd.nextInt(3000),
                    "x", rnd.nextGaussian(), "c", "c" + rnd.nextInt(7), "y", rnd.nextGaussian()));
        }
        ProfileOptions options = ProfileOptions.defaults();
        DatasetProfile one = Profiles.profile(options, rows);

        DatasetProfiler profiler = new DatasetProfiler(options);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<List<Record>> batches = Profiles.split(rows, 300); // batches of 100 rows
            List<Future<DatasetProfiler.Partial>> pending = new ArrayList<>();
            for (List<Record> batch : batches) {
                pending.add(pool.submit(() -> {
                    DatasetProfiler.Partial p = profiler.newPartial();
                    batch.forEach(p::accept);
                    return p;
                }));
                // merge what is done, in order, while later batches are still running
                while (!pending.isEmpty() && pending.get(0).isDone()) profiler.merge(pending.remove(0).get());
            }
            for (Future<DatasetProfiler.Partial> f : pending) profiler.merge(f.get());
        } finally {
            pool.shutdownNow();
        }
        DatasetProfile many = profiler.result();

        for (ColumnProfile a : one.columns().values()) {
            ColumnProfile b = many.column(a.name());
            String what = a.name() + ", seed=" + SEED;
            assertThat(b.count()).as(what).isEqualTo(a.count());
            assertThat(b.types()).as(what).isEqualTo(a.types());
            assertThat(b.topValuesExact()).as(what).isEqualTo(a.topValuesExact());
            assertThat(b.distinct()).as(what).isEqualTo(a.distinct());
            assertThat(b.distinctUpperBound()).as(what).isEqualTo(a.distinctUpperBound());
            if (a.topValuesExact()) assertThat(b.topValues()).as(what).isEqualTo(a.topValues());
            if (a.numeric() != null) {
                assertThat(b.numeric().min()).as(what).isEqualTo(a.numeric().min());
                assertThat(b.numeric().max()).as(what).isEqualTo(a.numeric().max());
                assertThat(b.numeric().mean()).as(what).isCloseTo(a.numeric().mean(), within(1e-9));
            }
        }
        assertThat(one.column("id").topValuesExact()).as("sketch mode is covered").isFalse();
        assertThat(many.correlation("x", "y").pearson()).isCloseTo(one.correlation("x", "y").pearson(), within(1e-9));
    }
}
