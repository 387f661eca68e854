package ai.refinery.quality.ops;

/**
 * What a parsing or mapping operator does with a value it cannot handle. Dropping the record is a
 * filter's job (a mapper cannot drop): see {@code drop_unparseable_dates} and
 * {@code drop_unparseable_numbers}.
 */
public enum OnError {
    /** Fail the record: the engine quarantines it with a message naming the field and the value. */
    QUARANTINE,
    /** Set the field to null. (Not named "null": YAML reads an unquoted null as absent.) */
    SET_NULL,
    /** Leave the value as it was. */
    KEEP
}
