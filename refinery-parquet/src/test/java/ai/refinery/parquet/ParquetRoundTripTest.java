package ai.refinery.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.record.FieldType;
import ai.refinery.core.record.Record;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParquetRoundTripTest {
    @TempDir Path dir;

    private static Record full(String id) {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("a", 1L);
        nested.put("b", List.of("x", "y"));
        nested.put("c", Map.of("deep", true));
        nested.put("n", null);
        return Record.builder(id)
                .set("text", "héllo wörld ✓")
                .set("count", 42L)
                .set("score", 0.25)
                .set("ok", true)
                .set("blob", new byte[] {0, 1, 2, (byte) 255})
                .set("vec", new float[] {0.5f, -1.25f, Float.MAX_VALUE})
                .set("tags", List.of("a", "b"))
                .set("ids", Arrays.asList(1L, null, 3L))
                .set("ratios", List.of(1.5, 2.0))
                .set("flags", List.of(true, false))
                .set("nested_list", List.of(List.of(1L, 2L), Map.of("k", "v")))
                .set("attrs", nested)
                .meta("lang", "en")
                .meta("quality", 0.9)
                .build();
    }

    private static Record nulls(String id) {
        Record.Builder b = Record.builder(id);
        for (String f : List.of("text", "count", "score", "ok", "blob", "vec", "tags", "ids", "ratios", "flags", "nested_list", "attrs")) {
            b.set(f, null);
        }
        return b.build();
    }

    private static Record empties(String id) {
        return Record.builder(id)
                .set("text", "").set("count", Long.MIN_VALUE).set("score", Double.NaN).set("ok", false)
                .set("blob", new byte[0]).set("vec", new float[0]).set("tags", List.of()).set("ids", List.of())
                .set("ratios", List.of()).set("flags", List.of()).set("nested_list", List.of()).set("attrs", Map.of())
                .build();
    }

    @ParameterizedTest
    @EnumSource(ParquetSink.Codec.class)
    void everyFieldTypeRoundTripsWithEveryCodec(ParquetSink.Codec codec) throws IOException {
        Path file = dir.resolve("all.parquet");
        ParquetSink.Options options = new ParquetSink.Options(Map.of(), null, "_meta", codec, 64L << 20);
        ParquetFiles.write(file, options, List.of(full("r1"), nulls("r2"), empties("r3")));

        List<Record> back = ParquetFiles.read(file);
        assertThat(back).hasSize(3);

        Record r1 = back.get(0);
        assertThat(r1.id()).isEqualTo("row-1");
        assertThat(r1.fieldNames()).containsExactly("text", "count", "score", "ok", "blob", "vec", "tags", "ids",
                "ratios", "flags", "nested_list", "attrs");
        assertThat(r1).isEqualTo(full("row-1")); // the meta column is read back as the record's meta
        assertThat(r1.meta()).containsExactly(Map.entry("lang", "en"), Map.entry("quality", 0.9));
        assertThat(r1.getFloatVector("vec")).containsExactly(0.5f, -1.25f, Float.MAX_VALUE);
        assertThat(r1.getBytes("blob")).containsExactly(0, 1, 2, 255);
        assertThat(r1.getList("ids")).containsExactly(1L, null, 3L);
        assertThat(r1.getMap("attrs")).containsEntry("n", null).containsEntry("c", Map.of("deep", true));

        Record r2 = back.get(1);
        assertThat(r2.fieldCount()).isEqualTo(12);
        assertThat(r2.metaCount()).isZero();
        for (int i = 0; i < r2.fieldCount(); i++) {
            assertThat(r2.fieldValue(i)).as(r2.fieldName(i)).isNull();
        }

        Record r3 = back.get(2);
        assertThat(r3.getString("text")).isEmpty();
        assertThat(r3.getLong("count")).isEqualTo(Long.MIN_VALUE);
        assertThat(r3.getDouble("score")).isNaN();
        assertThat(r3.getBytes("blob")).isEmpty();
        assertThat(r3.getFloatVector("vec")).isEmpty();
        assertThat(r3.getList("tags")).isEmpty();
        assertThat(r3.getMap("attrs")).isEmpty();
        assertThat(r3.has("_meta")).isFalse();
    }

    @Test
    void writesOnlyTheGivenFileWithoutChecksumSideFiles() throws IOException {
        Path file = dir.resolve("shard-0.parquet.tmp");
        Files.createFile(file); // the engine may hand over an existing temp file
        Files.writeString(dir.resolve("other.txt"), "keep me");
        ParquetFiles.write(file, ParquetSink.Options.defaults(), List.of(full("r1")));

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("other.txt", "shard-0.parquet.tmp");
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        assertThat(ParquetFiles.read(file)).hasSize(1);
    }

    @Test
    void idFieldAndDeclaredSchema() throws IOException {
        Path file = dir.resolve("declared.parquet");
        Map<String, FieldType> schema = new LinkedHashMap<>();
        schema.put("score", FieldType.DOUBLE);
        schema.put("text", FieldType.STRING);
        schema.put("extra", FieldType.LONG);
        ParquetSink.Options options = new ParquetSink.Options(schema, "id", null, ParquetSink.Codec.ZSTD, 1 << 20);
        ParquetFiles.write(file, options, List.of(
                Record.builder("a").set("text", "x").set("score", 3L).build(), // exact long into a double column
                Record.builder("b").set("score", 0.5).build()));

        List<Record> back = ParquetFiles.read(file);
        assertThat(back.get(0).fields()).containsExactly(
                Map.entry("id", "a"), Map.entry("score", 3.0), Map.entry("text", "x"), entry("extra", null));
        assertThat(back.get(1).fields()).containsExactly(
                Map.entry("id", "b"), Map.entry("score", 0.5), entry("text", null), entry("extra", null));
    }

    @Test
    void inferenceLooksAtTheWholeFirstBatch() throws IOException {
        Path file = dir.resolve("inferred.parquet");
        List<Record> batch = List.of(
                Record.builder("a").set("x", null).set("n", 1L).set("l", List.of()).build(),
                Record.builder("b").set("x", 7L).set("n", 2.5).set("l", List.of(1L, 2.5)).build());
        ParquetFiles.write(file, ParquetSink.Options.defaults(), batch);

        List<Record> back = ParquetFiles.read(file);
        assertThat(back.get(0).fields()).containsExactly(
                entry("x", null), Map.entry("n", 1.0), Map.entry("l", List.of()));
        assertThat(back.get(1).fields()).containsExactly(
                Map.entry("x", 7L), Map.entry("n", 2.5), Map.entry("l", List.of(1.0, 2.5)));
    }

    @Test
    void allNullFieldIsWrittenAsString() throws IOException {
        Path file = dir.resolve("nulls.parquet");
        ParquetFiles.write(file, ParquetSink.Options.defaults(), List.of(Record.builder("a").set("x", null).build()));
        try (var r = ParquetFileReader.open(new LocalInputFile(file))) {
            assertThat(r.getFooter().getFileMetaData().getSchema().getType("x").toString())
                    .isEqualTo("optional binary x (STRING)");
        }
    }

    @Test
    void emptyShardIsAValidFile() throws IOException {
        Path file = dir.resolve("empty.parquet");
        Map<String, FieldType> schema = Map.of("text", FieldType.STRING);
        ParquetFiles.write(file, new ParquetSink.Options(schema, null, null, ParquetSink.Codec.SNAPPY, 1 << 20), List.of());
        assertThat(ParquetFiles.read(file)).isEmpty();

        Path bare = dir.resolve("bare.parquet");
        new ParquetSink().open(bare, null, ParquetSink.Options.defaults()).close();
        assertThat(ParquetFiles.read(bare)).isEmpty();

        // Parquet has no file without columns: said plainly rather than failing deep in the library.
        Path columnless = dir.resolve("columnless.parquet");
        ParquetSink.Options noColumns = new ParquetSink.Options(Map.of(), null, null, ParquetSink.Codec.SNAPPY, 1 << 20);
        assertThatThrownBy(() -> new ParquetSink().open(columnless, null, noColumns).close())
                .isInstanceOf(IOException.class)
                .hasMessageEndingWith("the shard is empty and id_field and meta_field are off; set `schema`, `id_field` or `meta_field`");
    }

    @Test
    void manyBatchesIntoOneShard() throws IOException {
        Path file = dir.resolve("batches.parquet");
        ParquetSink.Options options = ParquetSink.Options.defaults();
        try (var w = new ParquetSink().open(file, null, options)) {
            for (int b = 0; b < 10; b++) {
                List<Record> batch = new ArrayList<>();
                for (int i = 0; i < 100; i++) batch.add(Record.builder("r" + (b * 100 + i)).set("i", (long) (b * 100 + i)).build());
                w.write(batch);
            }
        }
        List<Record> back = ParquetFiles.read(file);
        assertThat(back).hasSize(1000);
        for (int i = 0; i < 1000; i++) assertThat(back.get(i).getLong("i")).isEqualTo(i);
    }

    private static Map.Entry<String, Object> entry(String k, Object v) {
        return new AbstractMap.SimpleEntry<>(k, v);
    }
}
