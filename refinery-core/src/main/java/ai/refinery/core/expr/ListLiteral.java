package ai.refinery.core.expr;

import ai.refinery.core.record.Record;
import ai.refinery.core.record.Values;
import java.util.ArrayList;
import java.util.List;

/** {@code [a, b + 1, ...]} with at least one non-constant item (all-constant lists become literals). */
final class ListLiteral extends Node {
    private static final long serialVersionUID = 1L;
    private final Node[] items;

    ListLiteral(List<Node> items, int column) {
        super(column);
        this.items = items.toArray(new Node[0]);
    }

    @Override
    Object compute(Record record) {
        List<Object> out = new ArrayList<>(items.length);
        for (Node n : items) out.add(n.eval(record));
        return Values.normalize(out);
    }
}
