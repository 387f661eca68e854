package ai.refinery.core.expr;

import ai.refinery.core.record.Record;
import java.util.List;

/** {@code coalesce(a, b, ...)}: the first non-null argument; later arguments are not evaluated. */
final class Coalesce extends Node {
    private static final long serialVersionUID = 1L;
    private final Node[] args;

    Coalesce(List<Node> args, int column) {
        super(column);
        this.args = args.toArray(new Node[0]);
    }

    @Override
    Object compute(Record record) {
        for (Node n : args) {
            Object v = n.eval(record);
            if (v != null) return v;
        }
        return null;
    }
}
