package ai.refinery.quality.profile;

import ai.refinery.core.record.Record;
import ai.refinery.core.tap.RecordTap;

/**
 * Profiles a record stream as Deequ's analyzers do, in one pass and bounded memory: per column
 * completeness, types, distinct count (HLL), numeric statistics, quantiles and histogram (KLL),
 * text lengths, top values (exact, then frequent items), entropy and pattern compliance; Pearson
 * correlations between numeric columns; the label column's class balance.
 *
 * <p>As a {@link RecordTap}: each batch gets a {@link Partial}, and partials are merged one at a
 * time in input order; {@link #result()} reads the profile once all are merged. Partials may also
 * be combined with each other ({@link Partial#absorb}) in any grouping, as a Spark executor does per
 * partition: exact figures (counts, types, min, max, long sums, top values and entropy while exact,
 * text lengths, pattern compliance, class balance) do not depend on the grouping; sums, means,
 * standard deviations and correlations of doubles agree to rounding; distinct counts depend only on
 * the set of values (HLL registers and the composite estimator). Quantiles and histograms come from
 * KLL, whose compaction is randomized (DataSketches draws from an unseeded generator), so they vary
 * between runs within the sketch's stated rank error, and are exact while a column has at most
 * {@code kllK} numbers.
 *
 * <p>Conventions: nulls and missing fields both count as {@code nulls}; numeric statistics cover
 * finite longs and doubles (booleans, NaN and infinities are not numbers here, though {@code types}
 * counts them); standard deviations are population ones; quantiles are inclusive (the smallest value
 * whose rank is at least q); a statistic with nothing to describe (the distinctness of a column
 * with no values) is null, never NaN.
 */
public final class DatasetProfiler implements RecordTap<DatasetProfiler.Partial> {
    private final ProfileOptions options;
    private final PatternSet patterns;
    private final DatasetState total;
    /** Written under the lock by merge, read by newPartial on any thread. */
    private volatile PartialHints hints = PartialHints.NONE;
    private DatasetProfile result;

    public DatasetProfiler(ProfileOptions options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
        PatternSet p = new PatternSet(options.patterns());
        this.patterns = p.isEmpty() ? null : p;
        this.total = new DatasetState(options, patterns, PartialHints.NONE);
    }

    public ProfileOptions options() { return options; }

    @Override
    public Partial newPartial() {
        return new Partial(new DatasetState(options, patterns, hints));
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
