package ai.refinery.core.expr;

import ai.refinery.core.record.Record;

/** {@code exists(field)}: true when the field (meta entry, map key, list item) is present, even if null. */
final class Exists extends Node {
    private static final long serialVersionUID = 1L;
    private final Path path;

    Exists(Path path, int column) {
        super(column);
        this.path = path;
    }

    @Override
    Object compute(Record record) {
        return path.existsIn(record);
    }
}
