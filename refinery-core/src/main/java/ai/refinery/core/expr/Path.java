package ai.refinery.core.expr;

import ai.refinery.core.record.Record;

/** A node naming a place in the record (field, meta entry, map key, list item), so exists() can ask for it. */
interface Path {
    /** Whether the place exists in {@code record}, even if it holds null. */
    boolean existsIn(Record record);
}
