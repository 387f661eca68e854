package ai.refinery.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.record.Record;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetProjectionTest {
    @TempDir Path dir;
    Path file;

    @BeforeEach
    void write() throws IOException {
        file = dir.resolve("p.parquet");
        ParquetSink.Options options = new ParquetSink.Options(Map.of(), null, null, ParquetSink.Codec.SNAPPY, 1 << 20);
        ParquetFiles.write(file, options, List.of(
                Record.builder("1").set("a", 1L).set("b", "x").set("c", List.of(1.5)).set("d", Map.of("k", "v")).build(),
                Record.builder("2").set("a", 2L).set("b", null).set("c", null).set("d", Map.of()).build()));
    }

    @Test
    void readsOnlyTheListedColumnsInTheListedOrder() throws IOException {
        List<Record> back = ParquetFiles.read(file, new ParquetSource.Options(List.of("d", "b")));
        assertThat(back.get(0).fields()).containsExactly(Map.entry("d", Map.of("k", "v")), Map.entry("b", "x"));
        assertThat(back.get(1).fieldNames()).containsExactly("d", "b");
        assertThat(back.get(1).get("b")).isNull();
    }

    @Test
    void unknownColumnIsNamedWithTheFileColumns() {
        assertThatThrownBy(() -> ParquetFiles.read(file, new ParquetSource.Options(List.of("a", "nope"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parquet file p.parquet has no column 'nope'; its columns are: a, b, c, d");
    }
}
