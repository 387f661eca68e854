package ai.refinery.core.expr;

import ai.refinery.core.record.Record;

/**
 * {@code == != < <= > >=}. A null operand makes every comparison false (test for null with
 * {@code x == null}, which the parser turns into {@link IsNull}). Different kinds are unequal and
 * cannot be ordered.
 */
final class Comparison extends Node {
    private static final long serialVersionUID = 1L;
    private final String operator;
    private final Node left;
    private final Node right;

    Comparison(String operator, Node left, Node right, int column) {
        super(column);
        this.operator = operator;
        this.left = left;
        this.right = right;
    }

    @Override
    Object compute(Record record) {
        Object a = left.eval(record);
        Object b = right.eval(record);
        if (a == null || b == null) return false;
        switch (operator) {
            case "==": return Comparisons.equal(a, b);
            case "!=": return !Comparisons.equal(a, b);
            default: break;
        }
        int c = Comparisons.order(a, b, operator);
        if (c == Comparisons.UNORDERED) return false;
        switch (operator) {
            case "<": return c < 0;
            case "<=": return c <= 0;
            case ">": return c > 0;
            default: return c >= 0;
        }
    }
}
