package ai.refinery.core.expr;

import ai.refinery.core.record.Record;

/** A constant: number, text, boolean, null, or a list of constants. */
final class Literal extends Node {
    private static final long serialVersionUID = 1L;
    final Object value;

    Literal(Object value, int column) {
        super(column);
        this.value = value;
    }

    @Override
    Object compute(Record record) {
        return value;
    }
}
