package ai.refinery.core.expr;

import ai.refinery.core.record.Record;

/** {@code a && b}: false if either is false, else null if either is null. The right side is skipped when the left is false. */
final class And extends Node {
    private static final long serialVersionUID = 1L;
    private final Node left;
    private final Node right;

    And(Node left, Node right, int column) {
        super(column);
        this.left = left;
        this.right = right;
    }

    @Override
    Object compute(Record record) {
        Boolean l = Logic.truth(left.eval(record), "&&");
        if (Boolean.FALSE.equals(l)) return false;
        Boolean r = Logic.truth(right.eval(record), "&&");
        if (Boolean.FALSE.equals(r)) return false;
        return l == null || r == null ? null : Boolean.TRUE;
    }
}
