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
}
