package ai.refinery.core.expr;

import ai.refinery.core.record.Record;

/** {@code -x}. */
final class Negate extends Node {
    private static final long serialVersionUID = 1L;
    private final Node operand;

    Negate(Node operand, int column) {
        super(column);
        this.operand = operand;
    }

    @Override
    Object compute(Record record) {
        Object v = operand.eval(record);
        if (v == null) return null;
        if (v instanceof Long l) {
            if (l == Long.MIN_VALUE) throw new EvalException("integer overflow in '-'");
            return -l;
        }
        if (v instanceof Double d) return -d;
        throw new EvalException("'-' needs a number but got " + Describe.value(v));
    }
}
