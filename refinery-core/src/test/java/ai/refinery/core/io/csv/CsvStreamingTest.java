package ai.refinery.core.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.io.Compression;
import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.RawBatch;
import ai.refinery.core.io.SourceReader;
import ai.refinery.core.record.Record;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvStreamingTest {
    private static final int ROWS = 200_000;

    @Test
    void readsALargeFileInChunks(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,text,score\n");
            for (int i = 1; i <= ROWS; i++) {
                // Every 1000th row has a quoted cell over two lines: line numbers must follow.
                String text = i % 1000 == 0 ? "\"two\nlines, " + i + "\"" : "row " + i;
                w.write(i + "," + text + "," + (i / 10.0) + "\n");
            }
        }
        long multiLine = ROWS / 1000;
        CsvSource.Options options = CsvFixtures.sourceOptions("types: {id: long, score: double}");

        long units = 0;
        long lastLine = 0;
        long idSum = 0;
        Record last = null;
        try (InputStream in = Files.newInputStream(file);
             SourceReader reader = new CsvSource().open(new InputFile(file, "big.csv", Compression.NONE, Files.size(file)), in, options)) {
            boolean more = true;
            while (more) {
                RawBatch batch = new RawBatch(1024);
                while (batch.size() < 1024 && (more = reader.next(batch))) {
                    // fill one chunk, as the engine's reader thread does
                }
                for (int i = 0; i < batch.size(); i++) {
                    last = reader.decode(batch.unit(i), "big.csv:" + batch.line(i));
                    idSum += last.getLong("id");
                    lastLine = batch.line(i);
                }
                units += batch.size();
            }
        }

        assertThat(units).isEqualTo(ROWS);
        assertThat(idSum).isEqualTo((long) ROWS * (ROWS + 1) / 2);
        // Header on line 1, then one line per row plus one per two-line cell before the last row.
        assertThat(lastLine).isEqualTo(1 + ROWS + (multiLine - 1));
        assertThat(last.getString("text")).isEqualTo("two\nlines, " + ROWS);
        assertThat(last.getDouble("score")).isEqualTo(ROWS / 10.0);
    }
}
