package ai.refinery.core.expr;

import ai.refinery.core.record.Record;

/** {@code x == null} or {@code x != null}: true or false, never null. */
final class IsNull extends Node {
    private static final long serialVersionUID = 1L;
    private final Node operand;
    private final boolean negated;

    IsNull(Node operand, boolean negated, int column) {
        super(column);
        this.operand = operand;
        this.negated = negated;
    }

    @Override
    Object compute(Record record) {
        return (operand.eval(record) == null) != negated;
    }
}
