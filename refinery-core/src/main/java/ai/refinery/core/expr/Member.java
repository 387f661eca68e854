package ai.refinery.core.expr;

import ai.refinery.core.record.Record;
import java.util.Map;

/** {@code a.b}: key {@code b} of map {@code a}; null when {@code a} is null or has no such key. */
final class Member extends Node implements Path {
    private static final long serialVersionUID = 1L;
    private final Node target;
    private final String key;

    Member(Node target, String key, int column) {
        super(column);
        this.target = target;
        this.key = key;
    }

    @Override
    Object compute(Record record) {
        Object t = target.eval(record);
        if (t == null) return null;
        if (t instanceof Map<?, ?> m) return m.get(key);
        throw new EvalException("cannot read '." + key + "' of " + Describe.value(t) + "; '.' reads keys of maps");
    }

    @Override
    public boolean existsIn(Record record) {
        return target.eval(record) instanceof Map<?, ?> m && m.containsKey(key);
    }
}
