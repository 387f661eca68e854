package ai.refinery.core.expr;

import ai.refinery.core.record.Record;

/** {@code !x} / {@code not x}; not null is null. */
final class Not extends Node {
    private static final long serialVersionUID = 1L;
    private final Node operand;

    Not(Node operand, int column) {
        super(column);
        this.operand = operand;
    }

    @Override
    Object compute(Record record) {
        Boolean b = Logic.truth(operand.eval(record), "not");
        return b == null ? null : !b;
    }
}
