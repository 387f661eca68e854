package ai.refinery.core.op;

import ai.refinery.core.record.Record;

/** One record in, one record out. Throwing sends the input record to quarantine with the message. */
@FunctionalInterface
public interface RecordMapper extends Operator {
    Record map(Record record);
}
