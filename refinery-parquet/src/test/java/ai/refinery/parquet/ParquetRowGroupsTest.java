package ai.refinery.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.io.RawBatch;
import ai.refinery.core.io.ShardWriter;
import ai.refinery.core.io.SourceReader;
import ai.refinery.core.record.Record;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetRowGroupsTest {
    static final int ROWS = 300_000;
    @TempDir Path dir;

    @Test
    void manyRowGroupsAreReadInOrderWithRowNumbers() throws IOException {
        Path file = dir.resolve("big.parquet");
        ParquetSink.Options options = new ParquetSink.Options(Map.of(), null, null, ParquetSink.Codec.SNAPPY, 64 * 1024);
        try (ShardWriter w = new ParquetSink().open(file, null, options)) {
            List<Record> batch = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                batch.add(Record.builder("r" + i).set("i", (long) i).set("s", "row " + i).build());
                if (batch.size() == 10_000) {
                    w.write(batch);
                    batch = new ArrayList<>();
                }
            }
        }
        int rowGroups;
        try (ParquetFileReader f = ParquetFileReader.open(new LocalInputFile(file))) {
            rowGroups = f.getRowGroups().size();
            assertThat(f.getRecordCount()).isEqualTo(ROWS);
        }
        assertThat(rowGroups).isGreaterThan(10);

        long rows = 0;
        try (SourceReader r = ParquetFiles.open(file, ParquetSource.Options.defaults())) {
            RawBatch batch = new RawBatch(1024);
            while (r.next(batch)) {
                if (batch.size() == 1024) {
                    rows = check(r, batch, rows);
                    batch = new RawBatch(1024);
                }
            }
            rows = check(r, batch, rows);
        }
        assertThat(rows).isEqualTo(ROWS);
    }

    /** Checks one batch: row numbers continue from {@code before}, row n holds i = n - 1. */
    private static long check(SourceReader r, RawBatch batch, long before) {
        long n = before;
        for (int i = 0; i < batch.size(); i++) {
            n++;
            Record rec = ParquetFiles.decode(r, batch.unit(i), "r");
            if (batch.line(i) != n || rec.getLong("i") != n - 1 || !rec.getString("s").equals("row " + (n - 1))) {
                throw new AssertionError("row " + n + " came as line " + batch.line(i) + " holding " + rec);
            }
        }
        return n;
    }
}
