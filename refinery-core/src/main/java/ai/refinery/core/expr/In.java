package ai.refinery.core.expr;

import ai.refinery.core.record.Record;
import java.util.List;

/**
 * {@code x in [a, b]} and {@code x not in [...]}, with {@code ==} equality. As for other
 * comparisons, a null {@code x} gives false, and null items never match.
 */
final class In extends Node {
    private static final long serialVersionUID = 1L;
    private final Node operand;
    private final Node list;
    private final boolean negated;

    In(Node operand, Node list, boolean negated, int column) {
        super(column);
        this.operand = operand;
        this.list = list;
        this.negated = negated;
    }

    @Override
    Object compute(Record record) {
        Object v = operand.eval(record);
        if (v == null) return false;
        Object items = list.eval(record);
        if (items == null) return false;
        if (!(items instanceof List<?> l)) {
            throw new EvalException("'in' needs a list on the right, e.g. x in ['a', 'b'], but got " + Describe.value(items)
                    + (items instanceof String ? "; for text use contains(s, sub)" : ""));
        }
        boolean found = false;
        for (Object item : l) {
            if (item != null && Comparisons.equal(v, item)) {
                found = true;
                break;
            }
        }
        return found != negated;
    }
}
