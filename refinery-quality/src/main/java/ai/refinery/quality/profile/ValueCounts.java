package ai.refinery.quality.profile;

import java.util.ArrayList;
import java.util.List;
import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.ItemsSketch;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;

/**
 * A column's value frequencies and distinct count. Scalar values (string, long, double, boolean)
 * are counted exactly while the column has at most {@code limit} distinct ones; past that it moves
 * to sketches for good: HLL for the distinct count, DataSketches frequent items for the top values.
 * Whether a column ends exact depends only on its set of values, never on how rows were split.
 * Other values (bytes, vectors, lists, maps) only feed the HLL sketch.
 *
 * <p>In sketch mode values are still counted exactly, per chunk of rows ({@link #drain} empties
 * the chunk), and each chunk's distinct values go to the sketches once: one HLL update per
 * distinct value, and a frequent-items update only for the values counted more often than the
 * chunk's (m+1)-th largest count, with m = M/4 and M the frequent-items map size. That is a
 * Misra–Gries reduction of the chunk (Agarwal et al., "Mergeable Summaries", 2012): it undercounts
 * a value by at most chunk/(m+1) per chunk, so an estimate is within (3.5/M + 1/(m+1))·n of the
 * truth (0.73% of n for M = 1024) instead of the sketch's own 3.5/M·n, and a column of unique
 * values costs the frequent-items sketch nothing. Top values are reported only when their count
 * certainly exceeds both errors (the sketch's, and the sum of the chunks' thresholds).
 *
 * <p>A sketch-mode column whose chunks are nearly all distinct ({@link #nearDistinct}: at least
 * 90% of a chunk's values) gains nothing from the chunk's exact counts, so it goes <em>direct</em>:
 * each value's hash goes to the HLL buffer as it comes (HLL registers do not care how often a hash
 * arrives), its number to the KLL buffer, and the chunk's heavy hitters are kept by a Misra–Gries
 * summary of 2m counters ({@link MisraGries}) instead of a table of all its values. At the chunk's
 * end the summary's counters above a threshold t go to the frequent-items sketch, and the chunk
 * adds d + t to the undercount, d being the summary's decrements (d ≤ chunk/(2m+1)); t is the
 * largest with d + t ≤ chunk/(m+1), so the stated bound above holds unchanged, and a column of
 * unique values still costs the frequent-items sketch nothing. After {@link #RECHECK_EVERY} direct
 * chunks a column counts one chunk exactly again (as does a partial whose hints do not say the
 * column is near-distinct, with its first chunk), and stays with exact chunks when it no longer is.
 */
final class ValueCounts {
    /** Each HLL register is a byte: the fastest of DataSketches' layouts to update. */
    private static final TgtHllType HLL_TYPE = TgtHllType.HLL_8;
    /**
     * Hashes of drained values kept for the HLL sketch at most: a partial hands its hashes to the
     * state it is merged into, whose long-lived sketch (in HLL mode) takes them at a third of the
     * cost of a fresh sketch per partial going through DataSketches' list and set modes and then a
     * union. Past this many the partial folds them into a sketch of its own, so memory stays bounded.
     */
    private static final int MAX_PENDING_HASHES = 1 << 14;
    /** A chunk is near-distinct when its distinct values are at least 9/10 of its values (and 64 or more). */
    static boolean nearDistinct(int distinct, int values) {
        return values >= 64 && distinct * 10L >= values * 9L;
    }
    /** Direct chunks after which a column counts one exactly, to see whether it is still near-distinct. */
    static final int RECHECK_EVERY = 16;

    /** Told about counts that leave exact counting (a spilled map or a drained chunk). */
    interface Spill {
        void leaving(ExactCounts counts);
    }

    private final int limit;
    private final int lgK;
    private final int frequentMapSize;
    /** Frequent-items updates a chunk may make (its most counted values): m = M/4. */
    private final int chunkBudget;
    private final int expected;
    private final Spill spill;
    /** The most distinct values a drained chunk had. */
    private int peakChunk;
    /** The sum of the chunks' reduction thresholds: no value was undercounted by more. */
    private long undercount;
    private ExactCounts exact;
    /** In sketch mode: this chunk's counts, not yet in the sketches. */
    private ExactCounts chunk;
    /** Distinct values fed one by one (complex values, drained chunks). */
    private HllSketch hll;
    /** Distinct values of absorbed states. */
    private Union merged;
    private ItemsSketch<Object> frequent;
    /** Hashes of distinct values not yet in {@link #hll}. */
    private long[] pending;
    private int pendingCount;
    /** Sketch mode, values nearly all distinct: hashes, numbers and a Misra–Gries summary per chunk. */
    private boolean direct;
    private MisraGries heavy;
    /** Scalar values added in the current chunk. */
    private int chunkValues;
    /** Chunks drained directly since the last one counted exactly. */
    private int directChunks;
    /** Whether this state's last exactly counted chunk was near-distinct; null when none was. */
    private Boolean measuredNearDistinct;

    /**
     * @param expected  distinct values per chunk the column is expected to have, 0 when unknown
     * @param sketching whether to start in sketch mode (the merged whole is past the limit)
     */
    ValueCounts(int limit, int lgK, int topValues, int expected, boolean sketching, Spill spill) {
        this(limit, lgK, topValues, expected, sketching, false, spill);
    }

    /** @param nearDistinct start direct (in sketch mode only): the column's chunks have been near-distinct */
    ValueCounts(int limit, int lgK, int topValues, int expected, boolean sketching, boolean nearDistinct, Spill spill) {
        this.limit = limit;
        this.expected = expected;
        this.lgK = lgK;
        this.spill = spill;
        // frequent-items error is 3.5 n / maxMapSize: 32 slots per reported value keeps it small
        this.frequentMapSize = Integer.highestOneBit(Math.max(64, topValues * 32) - 1) << 1;
        this.chunkBudget = frequentMapSize / 4;
        if (sketching) {
            frequent = new ItemsSketch<>(frequentMapSize);
            direct = nearDistinct;
        } else {
            exact = new ExactCounts(Math.min(expected, limit + 1));
        }
    }

    /**
     * Counts a scalar value (a -0.0 must already be 0.0) whose {@link ValueHashes} hash is {@code hash}.
     * Returns true when the column is direct: the caller then hands a number to the quantile sketch
     * itself (it will not come back through {@link Spill#leaving}).
     */
    boolean add(Object value, long hash) {
        ExactCounts e = exact;
        if (e != null) {
            e.add(value, hash, 1);
            if (e.size() > limit) toSketches();
            return false;
        }
        chunkValues++;
        if (direct) {
            MisraGries h = heavy;
            if (h == null) h = heavy = new MisraGries(chunkBudget * 2);
            h.add(value, hash);
            pend(hash);
            return true;
        }
        ExactCounts c = chunk;
        if (c == null) c = chunk = new ExactCounts(expected > 0 ? expected : DatasetState.CHUNK_ROWS);
        c.add(value, hash, 1);
        return false;
    }

    private void pend(long hash) {
        if (pending == null) pending = new long[DatasetState.CHUNK_ROWS * 4];
        if (pendingCount == pending.length) {
            if (pendingCount < MAX_PENDING_HASHES) {
                pending = java.util.Arrays.copyOf(pending, pendingCount * 2);
            } else {
                flushPending();
            }
        }
        pending[pendingCount++] = hash;
    }

    /** A value that only counts towards the distinct count. */
    void addDistinctOnly(long hash) {
        hll().update(hash);
    }

    /** Moves the current chunk's counts into the sketches (sketch mode only). */
    void drain() {
        int values = chunkValues;
        chunkValues = 0;
        if (direct) {
            if (values > 0) drainDirect(values);
            if (++directChunks >= RECHECK_EVERY) {
                direct = false;
                directChunks = 0;
            }
            return;
        }
        if (chunk != null && chunk.size() > 0) {
            int distinct = chunk.size();
            peakChunk = Math.max(peakChunk, distinct);
            leave(chunk);
            chunk.clear();
            boolean near = nearDistinct(distinct, values);
            measuredNearDistinct = near;
            direct = near;
        }
    }

    /** A direct chunk's end: its heavy hitters to the frequent-items sketch, within the chunk's error allowance. */
    private void drainDirect(int values) {
        MisraGries h = heavy;
        long d = h.decrements();
        // d + t must stay within the chunk's allowance values/(m+1), m = chunkBudget
        long t = Math.max(0, (long) Math.floor(values / (chunkBudget + 1.0)) - d);
        undercount += d + t;
        for (int i = 0, n = h.size(); i < n; i++) {
            long c = h.count(i);
            if (c > t) frequent.update(h.key(i), c);
        }
        h.clear();
    }

    /** Whether this state's last exactly counted sketch-mode chunk was near-distinct; null when it counted none. */
    Boolean measuredNearDistinct() { return measuredNearDistinct; }

    /** Folds in the counts of the rows after this one's. */
    void absorb(ValueCounts next) {
        drain();
        next.drain();
        undercount += next.undercount;
        if (next.pendingCount > 0) {
            HllSketch h = hll();
            long[] p = next.pending;
            for (int i = 0, n = next.pendingCount; i < n; i++) h.update(p[i]);
            next.pendingCount = 0;
        }
        if (next.hll != null) merged().update(next.hll);
        if (next.merged != null) merged().update(next.merged.getResult(HLL_TYPE));
        if (exact != null && next.exact != null) {
            ExactCounts n = next.exact;
            for (int i = 0; i < n.size(); i++) exact.add(n.key(i), n.hash(i), n.count(i));
            if (exact.size() > limit) toSketches();
            return;
        }
        if (exact != null) toSketches();
        if (next.exact != null) {
            chunkValues = 0;
            leave(next.exact);
        } else {
            frequent.merge(next.frequent);
        }
    }

    boolean isExact() { return exact != null; }

    /** Whether the current chunk goes direct (sketch mode, chunks nearly all distinct). */
    boolean isDirect() { return direct; }

    /** Distinct values per chunk seen so far: the exact table's size, or the largest chunk's. */
    int distinctPerChunk() {
        return exact != null ? exact.size() : Math.max(peakChunk, chunk == null ? 0 : chunk.size());
    }

    /** The exact counts, or null once the column has more than {@code limit} distinct values. */
    ExactCounts exactCounts() { return exact; }

    /** [estimate, lower bound, upper bound] of the number of distinct values (all three exact when known). */
    double[] distinct() {
        drain();
        flushPending();
        if (exact != null && hll == null && merged == null) {
            double n = exact.size();
            return new double[] {n, n, n};
        }
        Union u = new Union(lgK);
        // Each sketch twice on purpose: a union fed more than once uses the composite estimator,
        // which depends only on the registers. A single sketch's HIP estimator depends on the
        // order of its updates, so the result would change with the way rows were split.
        for (int twice = 0; twice < 2; twice++) {
            if (hll != null) u.update(hll);
            if (merged != null) u.update(merged.getResult(HLL_TYPE));
        }
        if (exact != null) {
            for (int i = 0; i < exact.size(); i++) u.update(exact.hash(i));
        }
        return new double[] {u.getEstimate(), u.getLowerBound(2), u.getUpperBound(2)};
    }

    /** Up to {@code n} most frequent scalar values: exact, or the frequent-items sketch's heavy hitters. */
    List<TopValue> top(int n) {
        drain();
        List<TopValue> out = new ArrayList<>();
        if (exact != null) {
            for (Integer i : exact.byCountDescending()) {
                if (out.size() == n) break;
                out.add(new TopValue(exact.key(i), exact.count(i)));
            }
        } else {
            // no false positives: only values whose count certainly exceeds both errors, the
            // sketch's own and the chunks' reductions
            for (ItemsSketch.Row<Object> row : frequent.getFrequentItems(undercount, ErrorType.NO_FALSE_POSITIVES)) {
                if (out.size() == n) break;
                out.add(new TopValue(row.getItem(), row.getEstimate()));
            }
        }
        return out;
    }

    /** Shannon entropy in bits of the scalar value frequencies, or null when not exact or empty. */
    Double entropy() {
        if (exact == null) return null;
        long total = exact.total();
        if (total == 0) return null;
        double h = 0;
        for (int i = 0; i < exact.size(); i++) {
            double p = exact.count(i) / (double) total;
            h -= p * Math.log(p) / Math.log(2);
        }
        return h;
    }

    private void toSketches() {
        frequent = new ItemsSketch<>(frequentMapSize);
        ExactCounts last = exact;
        exact = null;
        leave(last);
    }

    /** Sends counts that leave exact counting to the sketches (and to the numbers' sketch). */
    private void leave(ExactCounts counts) {
        spill.leaving(counts);
        int size = counts.size();
        if (pending == null) pending = new long[Math.max(1024, Integer.highestOneBit(Math.max(1, size) - 1) << 3)];
        for (int i = 0; i < size; i++) {
            if (pendingCount == pending.length) {
                if (pendingCount < MAX_PENDING_HASHES) {
                    pending = java.util.Arrays.copyOf(pending, pendingCount * 2);
                } else {
                    flushPending();
                }
            }
            pending[pendingCount++] = counts.hash(i);
        }
        long threshold = counts.thresholdKeepingAtMost(chunkBudget);
        undercount += threshold;
        for (int i = 0; i < size; i++) {
            long c = counts.count(i);
            if (c > threshold) frequent.update(counts.key(i), c);
        }
    }

    private void flushPending() {
        if (pendingCount == 0) return;
        HllSketch h = hll();
        for (int i = 0; i < pendingCount; i++) h.update(pending[i]);
        pendingCount = 0;
    }

    private HllSketch hll() {
        if (hll == null) hll = new HllSketch(lgK, HLL_TYPE);
        return hll;
    }

    private Union merged() {
        if (merged == null) merged = new Union(lgK);
        return merged;
    }
}
