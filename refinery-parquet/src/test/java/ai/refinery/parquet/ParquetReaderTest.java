package ai.refinery.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.io.RawBatch;
import ai.refinery.core.io.SourceReader;
import ai.refinery.core.record.Record;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetReaderTest {
    @TempDir Path dir;

    @Test
    void unitsDecodeOnOtherThreadsAfterTheReaderIsClosed() throws IOException {
        Path file = dir.resolve("t.parquet");
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            records.add(Record.builder("r" + i).set("i", (long) i).set("v", new float[] {i, -i})
                    .set("m", Map.of("k", List.of((long) i))).build());
        }
        ParquetFiles.write(file, ParquetSink.Options.defaults(), records);

        RawBatch batch = new RawBatch(16);
        SourceReader reader = ParquetFiles.open(file, ParquetSource.Options.defaults());
        while (reader.next(batch)) { /* read all */ }
        reader.close();

        List<Record> decoded = IntStream.range(0, batch.size()).parallel()
                .mapToObj(i -> ParquetFiles.decode(reader, batch.unit(i), "x" + i))
                .toList();
        for (int i = 0; i < decoded.size(); i++) {
            Record r = decoded.get(i);
            assertThat(r.getLong("i")).isEqualTo(i);
            assertThat(r.getFloatVector("v")).containsExactly(i, -i);
            assertThat(r.getMap("m")).isEqualTo(Map.of("k", List.of((long) i)));
        }
        assertThat(reader.rawText(batch.unit(3))).isEqualTo("{i=3, v=[3.0, -3.0], m={k=[3]}, _meta=null}");
    }

    @Test
    void notAParquetFileNamesTheFile() throws IOException {
        Path file = dir.resolve("fake.parquet");
        Files.writeString(file, "{\"this\": \"is json\"}\n");
        assertThatThrownBy(() -> ParquetFiles.open(file, ParquetSource.Options.defaults()))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("fake.parquet: not a readable Parquet file");
    }
}
