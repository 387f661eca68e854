package ai.refinery.parquet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.io.ShardWriter;
import ai.refinery.core.record.FieldType;
import ai.refinery.core.record.Record;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetSchemaMismatchTest {
    @TempDir Path dir;

    private void writeBoth(Record first, Record second) throws IOException {
        try (ShardWriter w = new ParquetSink().open(dir.resolve("x.parquet"), null, ParquetSink.Options.defaults())) {
            w.write(List.of(first));
            w.write(List.of(second));
        }
    }

    @Test
    void wrongTypeNamesRecordFieldAndTypes() {
        assertThatThrownBy(() -> writeBoth(
                Record.builder("a").set("n", 1L).build(),
                Record.builder("b").set("n", "one").build()))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("record b: field 'n' is string but column 'n' is long");
    }

    @Test
    void unknownFieldIsRefused() {
        assertThatThrownBy(() -> writeBoth(
                Record.builder("a").set("n", 1L).build(),
                Record.builder("b").set("n", 2L).set("extra", true).build()))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("record b: field 'extra' is not in the shard's schema [n]");
    }

    @Test
    void listElementOfWrongType() {
        assertThatThrownBy(() -> writeBoth(
                Record.builder("a").set("tags", List.of("x")).build(),
                Record.builder("b").set("tags", List.of("y", 3L)).build()))
                .isInstanceOf(IOException.class)
                .hasMessage("record b: field 'tags' element 1 is long 3 but column 'tags' is list<string>");
    }

    @Test
    void mixedListInTheFirstBatch() {
        assertThatThrownBy(() -> writeBoth(
                Record.builder("a").set("tags", List.of("x", true)).build(),
                Record.builder("b").build()))
                .isInstanceOf(IOException.class)
                .hasMessage("record a: list field 'tags' mixes string and boolean elements; a Parquet list has one element type");
    }

    @Test
    void longThatADoubleCannotHoldExactly() {
        assertThatThrownBy(() -> writeBoth(
                Record.builder("a").set("x", 0.5).build(),
                Record.builder("b").set("x", (1L << 53) + 1).build()))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("record b: field 'x' is long 9007199254740993 but column 'x' is double");
    }

    @Test
    void vectorIsNotAList() {
        assertThatThrownBy(() -> writeBoth(
                Record.builder("a").set("v", new float[] {1f}).build(),
                Record.builder("b").set("v", List.of(1.0)).build()))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("record b: field 'v' is list but column 'v' is float_vector");
    }

    @Test
    void declaredSchemaIsEnforcedFromTheFirstRecord() {
        ParquetSink.Options options = new ParquetSink.Options(Map.of("n", FieldType.LONG), null, null, ParquetSink.Codec.GZIP, 1 << 20);
        assertThatThrownBy(() -> {
            try (ShardWriter w = new ParquetSink().open(dir.resolve("y.parquet"), null, options)) {
                w.write(List.of(Record.builder("first").set("n", 2.5).build()));
            }
        }).isInstanceOf(IOException.class)
                .hasMessageStartingWith("record first: field 'n' is double but column 'n' is long");
    }
}
