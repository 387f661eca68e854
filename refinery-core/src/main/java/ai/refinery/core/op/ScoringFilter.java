package ai.refinery.core.op;

import ai.refinery.core.record.Record;
import java.util.Objects;

/**
 * A filter that also says what it measured: {@link #judge} returns the record with its figures in
 * meta (e.g. {@code meta.gopher_quality.mean_word_length}) and the verdict. A kept record goes on
 * with the figures, so reports can show their distribution; a dropped one is counted under its
 * reason and its dropped-record sample carries the figures, so a user sees why it went.
 */
public interface ScoringFilter extends RecordFilter {
    /** The verdict on {@code record}; never null. */
    Verdict judge(Record record);

    @Override
    default String dropReason(Record record) {
        return judge(record).dropReason();
    }

    /**
     * @param record     the record with the figures in its meta
     * @param dropReason {@link RecordFilter#KEEP} (null) to keep it, else why it is dropped
     */
    record Verdict(Record record, String dropReason) {
        public Verdict {
            Objects.requireNonNull(record, "record");
        }
    }
}
