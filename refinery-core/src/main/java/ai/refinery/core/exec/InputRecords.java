package ai.refinery.core.exec;

import ai.refinery.core.io.BadRecordException;
import ai.refinery.core.recipe.InputSpec;
import ai.refinery.core.record.Record;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads an input's records in order on the calling thread, without a pipeline or an output (for
 * commands such as {@code refinery evaluate} that only look at data). A record that cannot be read
 * stops the reading with an error naming its file and line.
 */
public final class InputRecords {
    private InputRecords() {}

    public static void forEach(InputSpec input, Consumer<Record> sink) throws IOException {
        try (InputCursor cursor = new InputCursor(input, 1024)) {
            for (InputCursor.Batch b; (b = cursor.next()) != null; ) {
                String label = b.file().label();
                for (int i = 0; i < b.raw().size(); i++) {
                    long line = b.raw().line(i);
                    try {
                        sink.accept(input.named(b.reader().decode(b.raw().unit(i), label + ":" + line)));
                    } catch (BadRecordException e) {
                        throw new IOException(b.file().path() + ":" + line + ": " + e.getMessage(), e);
                    }
                }
            }
        }
    }

    /**
     * The first {@code limit} records that can be read, skipping unreadable ones (to learn an
     * input's columns before a run, e.g. to check that expectations name real columns).
     */
    public static java.util.List<Record> sample(InputSpec input, int limit) throws IOException {
        java.util.List<Record> out = new java.util.ArrayList<>();
        try (InputCursor cursor = new InputCursor(input, Math.max(1, Math.min(limit, 1024)))) {
            for (InputCursor.Batch b; out.size() < limit && (b = cursor.next()) != null; ) {
                String label = b.file().label();
                for (int i = 0; i < b.raw().size() && out.size() < limit; i++) {
                    try {
                        out.add(input.named(b.reader().decode(b.raw().unit(i), label + ":" + b.raw().line(i))));
                    } catch (BadRecordException | RuntimeException e) {
                        // unreadable records go to quarantine in the run; a sample just skips them
                    }
                }
            }
        }
        return out;
    }
}
