package ai.refinery.core.io;

import ai.refinery.core.record.Record;
import java.io.Closeable;
import java.io.IOException;

/** Reads the raw units of one input file in order; decodes them in parallel. */
public interface SourceReader extends Closeable {
    /**
     * Reads the next raw unit and adds it to {@code batch} with its position, or returns false at
     * the end of the file. Called from one thread; keep it cheap and leave parsing to {@link #decode}.
     * Throwing here aborts the file (a corrupt compressed stream, an unreadable Parquet footer).
     */
    boolean next(RawBatch batch) throws IOException;

    /**
     * Decodes one unit into a record with the given id. Thread-safe: called from several workers,
     * possibly after {@link #close()} (decoding must not need the open file).
     *
     * @throws BadRecordException when the unit is malformed; the engine quarantines it
     */
    Record decode(Object unit, String id) throws BadRecordException;

    /** The unit as text for the quarantine file (truncated by the engine). */
    String rawText(Object unit);
}
