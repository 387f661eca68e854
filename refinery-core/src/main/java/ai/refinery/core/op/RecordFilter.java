package ai.refinery.core.op;

import ai.refinery.core.record.Record;

/**
 * Keeps or drops a record. A dropped record is counted under its reason, so reasons are short,
 * stable and few (e.g. {@code missing:age}, {@code too_short}); put record-specific detail in meta
 * instead.
 */
@FunctionalInterface
public interface RecordFilter extends Operator {
    /** Returned to keep a record. */
    String KEEP = null;

    /** @return {@link #KEEP} (null) to keep the record, or the reason it is dropped */
    String dropReason(Record record);
}
