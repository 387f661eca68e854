package ai.refinery.quality.profile;

import ai.refinery.core.record.Record;
import ai.refinery.core.tap.RecordTap;
import java.util.Objects;

/**
 * Profiles a record stream as Deequ's analyzers do, in one pass and bounded memory: per column
 * completeness, types, distinct count, numeric statistics, quantiles and histogram, text lengths,
 * top values, entropy and pattern compliance; Pearson correlations between numeric columns; the
 * label column's class balance.
 *
 * <p>Exact while a column has at most {@code exactDistinctLimit} distinct values: its value counts
 * give exact distinct count, top values, entropy, quantiles and histogram. Past the limit the column
 * moves to DataSketches: HLL for the distinct count (with bounds at two standard deviations), KLL
 * for quantiles and histogram (with its normalized rank error), frequent items for top values
 * (entropy is then not reported).
 *
 * <p>As a {@link RecordTap}: each batch gets a {@link Partial}, used by one thread, and partials are
 * merged one at a time in input order; {@link #result()} reads the profile once all are merged.
 * Partials may also be combined with each other ({@link Partial#absorb}) in any grouping, as a Spark
 * executor does per partition. Whatever the grouping and thread count: exact figures (counts,
 * types, min, max, long sums, exactness, exact top values, entropy, quantiles and histograms, text
 * lengths, pattern compliance, class balance) are identical; distinct counts depend only on the set
 * of values (HLL registers, composite estimator); sums, means, standard deviations and correlations
 * of doubles agree to rounding. Sketch answers vary between runs within their stated error: KLL
 * compacts at random (DataSketches draws from an unseeded generator), and frequent-items estimates
 * depend on how rows were split into chunks ({@link PartialHints}).
 *
 * <p>Conventions: nulls and missing fields both count as {@code nulls}; numeric statistics cover
 * finite longs and doubles (booleans, NaN and infinities are not numbers here, though {@code types}
 * counts them); standard deviations are population ones; quantiles are inclusive (the smallest value
 * whose rank is at least q); top values and entropy cover strings, longs, doubles and booleans
 * (bytes, vectors, lists and maps count towards types, nulls and distinct only); a statistic with
 * nothing to describe (the distinctness of a column with no values) is null, never NaN.
 */
public final class DatasetProfiler implements RecordTap<DatasetProfiler.Partial> {
    private final ProfileOptions options;
    private final PatternSet patterns;
    private final DatasetState total;
    /** Written under the lock by merge, read by newPartial on any thread. */
    private volatile PartialHints hints = PartialHints.NONE;
    /** Partials made so far: every RECHECK_EVERY-th re-checks whether near-distinct columns still are. */
    private final java.util.concurrent.atomic.AtomicLong partials = new java.util.concurrent.atomic.AtomicLong();
    private DatasetProfile result;

    public DatasetProfiler(ProfileOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        PatternSet p = new PatternSet(options.patterns());
        this.patterns = p.isEmpty() ? null : p;
        this.total = new DatasetState(options, patterns, PartialHints.NONE);
    }

    public ProfileOptions options() { return options; }

    @Override
    public Partial newPartial() {
        PartialHints h = hints;
        if (partials.getAndIncrement() % ValueCounts.RECHECK_EVERY == 0) h = h.rechecking();
        return new Partial(new DatasetState(options, patterns, h));
    }

    @Override
    public synchronized void merge(Partial partial) {
        DatasetState next = partial.state;
        next.flush();
        PartialHints learnt = hints.learnFrom(next);
        total.absorb(next);
        hints = learnt.withSketching(total.columns());
        result = null;
    }

    /** The profile of everything merged so far. */
    public synchronized DatasetProfile result() {
        if (result == null) result = total.toProfile();
        return result;
    }

    /**
     * One batch's (or partition's) profile state; used by one thread. Once merged or absorbed it
     * must not be used again.
     */
    public static final class Partial implements RecordTap.Partial {
        private final DatasetState state;

        private Partial(DatasetState state) {
            this.state = state;
        }

        @Override
        public void accept(Record record) {
            state.accept(record);
        }

        /**
         * Folds in {@code next}, the partial of the records right after this one's (order matters
         * only for column order and for ties among top values). Afterwards this partial accepts no
         * more records and {@code next} must not be used.
         */
        public void absorb(Partial next) {
            state.absorb(next.state);
        }
    }
}
