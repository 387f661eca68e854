package ai.refinery.core.expr;

import ai.refinery.core.record.Record;
import java.util.List;
import java.util.Map;

/**
 * {@code a[i]}: item {@code i} of a list (negative counts from the end) or key {@code i} of a map;
 * null when out of range, absent, or either side is null.
 */
final class Index extends Node implements Path {
    private static final long serialVersionUID = 1L;
    private final Node target;
    private final Node index;

    Index(Node target, Node index, int column) {
        super(column);
        this.target = target;
        this.index = index;
    }

    @Override
    Object compute(Record record) {
        Object t = target.eval(record);
        Object i = index.eval(record);
        if (t == null || i == null) return null;
        if (t instanceof Map<?, ?> m) {
            if (i instanceof String key) return m.get(key);
            throw new EvalException("map keys are texts, not " + Describe.value(i));
        }
        if (t instanceof List<?> list) {
            int at = position(i, list.size());
            return at < 0 ? null : list.get(at);
        }
        if (t instanceof float[] vector) {
            int at = position(i, vector.length);
            return at < 0 ? null : (Object) (double) vector[at];
        }
        throw new EvalException("cannot index " + Describe.value(t) + "; '[...]' works on lists and maps");
    }

    @Override
    public boolean existsIn(Record record) {
        Object t = target.eval(record);
        Object i = index.eval(record);
        if (t instanceof Map<?, ?> m) return i instanceof String && m.containsKey(i);
        if (t instanceof List<?> list && i instanceof Long) return position(i, list.size()) >= 0;
        return false;
    }

    /** The 0-based position, or -1 when out of range. */
    private static int position(Object i, int size) {
        if (!(i instanceof Long l)) {
            throw new EvalException("list positions are whole numbers, not " + Describe.value(i));
        }
        long at = l < 0 ? size + l : l;
        return at >= 0 && at < size ? (int) at : -1;
    }
}
