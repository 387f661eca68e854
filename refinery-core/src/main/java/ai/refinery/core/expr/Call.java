package ai.refinery.core.expr;

import ai.refinery.core.record.Record;
import java.util.List;

/** A call of a built-in function with eagerly evaluated arguments. */
final class Call extends Node {
    private static final long serialVersionUID = 1L;
    private final Function function;
    private final Node[] args;

    Call(Function function, List<Node> args, int column) {
        super(column);
        this.function = function;
        this.args = args.toArray(new Node[0]);
    }

    @Override
    Object compute(Record record) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) values[i] = args[i].eval(record);
        return function.apply(values);
    }
}
