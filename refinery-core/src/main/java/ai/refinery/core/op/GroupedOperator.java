package ai.refinery.core.op;

import ai.refinery.core.record.Record;
import java.io.Serializable;

/**
 * Deduplication and other decisions that depend on other records. The operator says how to describe
 * a record; the engine does the grouping, so that each executor can group its own way (a hash set on
 * one machine, a shuffle on Spark) with the same result:
 *
 * <ol>
 *   <li>{@link #signature} is computed for every record, in parallel (hashes, MinHash sketches);</li>
 *   <li>{@link #keys} derives 128-bit grouping keys from the signature (one content hash, or one
 *       key per LSH band);</li>
 *   <li>a record is dropped with {@link #dropReason} if some <em>earlier</em> record (in input
 *       order) shares a key with it and, when {@link #verifiesCandidates}, {@link #confirms} the
 *       pair. Otherwise it is kept. So the first record of each group survives.</li>
 * </ol>
 *
 * <p>The decision depends only on the records and their order, not on batch sizes or threads, so
 * it can also be computed as "minimum position per key" with a distributed group-by.
 */
public interface GroupedOperator<S extends Serializable> extends Operator {
    S signature(Record record);

    void keys(S signature, KeySink sink);

    /** Whether candidates sharing a key must be confirmed with {@link #confirms}. */
    default boolean verifiesCandidates() {
        return false;
    }

    /** Whether {@code later} is truly a duplicate of {@code earlier} (e.g. Jaccard above threshold). */
    default boolean confirms(S earlier, S later) {
        return true;
    }

    /** The reason recorded for dropped records, e.g. {@code duplicate}. */
    String dropReason();
}
