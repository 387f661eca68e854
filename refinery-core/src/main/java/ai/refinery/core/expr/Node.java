package ai.refinery.core.expr;

import ai.refinery.core.record.Record;
import java.io.Serializable;

/** A node of a parsed expression: immutable, so one tree is shared by all threads. */
abstract class Node implements Serializable {
    private static final long serialVersionUID = 1L;
    final int column;

    Node(int column) {
        this.column = column;
    }

    /** The value for {@code record}: null or a normalized record value. */
    final Object eval(Record record) {
        try {
            return compute(record);
        } catch (EvalException e) {
            throw e.at(column);
        }
    }

    abstract Object compute(Record record);
}
