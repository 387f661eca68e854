package ai.refinery.core.expr;

import ai.refinery.core.record.Record;

/** {@code meta} alone: all meta entries as a map, e.g. for {@code meta['odd key']}. */
final class MetaMap extends Node implements Path {
    private static final long serialVersionUID = 1L;

    MetaMap(int column) {
        super(column);
    }

    @Override
    Object compute(Record record) {
        return record.meta();
    }

    @Override
    public boolean existsIn(Record record) {
        return true;
    }
}
