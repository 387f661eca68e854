package ai.refinery.core.expr;

import ai.refinery.core.record.Record;

/** A meta entry: {@code meta.lang}. Absent entries read as null. */
final class MetaRef extends Node implements Path {
    private static final long serialVersionUID = 1L;
    private final String key;

    MetaRef(String key, int column) {
        super(column);
        this.key = key;
    }

    @Override
    Object compute(Record record) {
        return record.meta(key);
    }

    @Override
    public boolean existsIn(Record record) {
        return record.hasMeta(key);
    }
}
