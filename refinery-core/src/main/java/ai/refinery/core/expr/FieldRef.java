package ai.refinery.core.expr;

import ai.refinery.core.record.Record;

/** A record field by name: {@code age} or {@code `first name`}. Absent fields read as null. */
final class FieldRef extends Node implements Path {
    private static final long serialVersionUID = 1L;
    final String name;

    FieldRef(String name, int column) {
        super(column);
        this.name = name;
    }

    @Override
    Object compute(Record record) {
        return record.get(name);
    }

    @Override
    public boolean existsIn(Record record) {
        return record.has(name);
    }
}
