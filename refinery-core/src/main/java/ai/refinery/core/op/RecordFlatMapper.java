package ai.refinery.core.op;

import ai.refinery.core.record.Record;
import java.util.function.Consumer;

/**
 * One record in, zero or more out (augmentation, splitting). Emitting none is not a drop: use a
 * filter to drop with a reason. Emitted records should get ids derived from the input's id.
 */
@FunctionalInterface
public interface RecordFlatMapper extends Operator {
    void flatMap(Record record, Consumer<Record> out);
}
