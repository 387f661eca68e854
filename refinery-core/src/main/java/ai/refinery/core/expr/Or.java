package ai.refinery.core.expr;

import ai.refinery.core.record.Record;

/** {@code a || b}: true if either is true, else null if either is null. The right side is skipped when the left is true. */
final class Or extends Node {
    private static final long serialVersionUID = 1L;
    private final Node left;
    private final Node right;

    Or(Node left, Node right, int column) {
        super(column);
        this.left = left;
        this.right = right;
    }

    @Override
    Object compute(Record record) {
        Boolean l = Logic.truth(left.eval(record), "||");
        if (Boolean.TRUE.equals(l)) return true;
        Boolean r = Logic.truth(right.eval(record), "||");
        if (Boolean.TRUE.equals(r)) return true;
        return l == null || r == null ? null : Boolean.FALSE;
    }
}
