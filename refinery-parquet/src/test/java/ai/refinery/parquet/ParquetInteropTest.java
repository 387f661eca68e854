package ai.refinery.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.record.Record;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Files written by Parquet's own example (Group) writer, with its stock Hadoop codecs, are read by
 * ParquetSource; files written by ParquetSink are read by Parquet's stock reader and codecs. The
 * stock side shares no code with ours beyond the format library, so this checks both the schema
 * layouts (two- and three-level lists, bare repeated fields, maps, structs, logical types) and
 * that our Hadoop-free codecs produce and accept standard pages.
 */
class ParquetInteropTest {
    @TempDir Path dir;

    private static final MessageType STOCK_SCHEMA = MessageTypeParser.parseMessageType("""
            message spark_schema {
              optional int32 i32;
              required int64 i64;
              optional float f;
              optional double d;
              optional boolean b;
              optional binary s (STRING);
              optional binary e (ENUM);
              optional binary raw;
              optional int32 price (DECIMAL(9,2));
              optional int32 day (DATE);
              optional group vec (LIST) { repeated group list { optional float element; } }
              optional group legacy (LIST) { repeated int32 array; }
              optional group pairs (LIST) { repeated group pair { required binary name (STRING); required int64 n; } }
              repeated binary bare (STRING);
              optional group counts (MAP) { repeated group key_value { required binary key (STRING); optional int64 value; } }
              optional group person { optional binary name (STRING); optional int32 age; }
            }
            """);

    enum StockCodec { UNCOMPRESSED, SNAPPY, GZIP, ZSTD }

    @ParameterizedTest
    @EnumSource(StockCodec.class)
    void readsFilesWrittenByParquetsExampleWriter(StockCodec codec) throws IOException {
        Path file = dir.resolve("stock.parquet");
        SimpleGroupFactory groups = new SimpleGroupFactory(STOCK_SCHEMA);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withType(STOCK_SCHEMA)
                .withConf(new PlainParquetConfiguration())
                .withCompressionCodec(CompressionCodecName.valueOf(codec.name()))
                .build()) {
            Group g = groups.newGroup()
                    .append("i32", -7).append("i64", 1L << 40).append("f", 1.5f).append("d", 2.25).append("b", true)
                    .append("s", "ünï").append("e", "RED").append("raw", Binary.fromConstantByteArray(new byte[] {9, 8}))
                    .append("price", 12345).append("day", 19000);
            Group vec = g.addGroup("vec");
            vec.addGroup("list").append("element", 0.5f);
            vec.addGroup("list").append("element", -2f);
            g.addGroup("legacy").append("array", 1).append("array", 2);
            Group pairs = g.addGroup("pairs");
            pairs.addGroup("pair").append("name", "x").append("n", 1L);
            g.append("bare", "p").append("bare", "q");
            g.addGroup("counts").addGroup("key_value").append("key", "k").append("value", 3L);
            g.addGroup("person").append("name", "Ada").append("age", 36);
            w.write(g);

            Group sparse = groups.newGroup().append("i64", 2L);
            sparse.addGroup("vec").addGroup("list"); // a null element in a float list
            w.write(sparse);
        }

        try (ParquetFileReader f = ParquetFileReader.open(new LocalInputFile(file))) {
            for (ColumnChunkMetaData c : f.getRowGroups().get(0).getColumns()) assertThat(c.getCodec().name()).isEqualTo(codec.name());
        }

        List<Record> back = ParquetFiles.read(file);
        Record r = back.get(0);
        assertThat(r.get("i32")).isEqualTo(-7L);
        assertThat(r.get("i64")).isEqualTo(1L << 40);
        assertThat(r.get("f")).isEqualTo(1.5);
        assertThat(r.get("d")).isEqualTo(2.25);
        assertThat(r.get("b")).isEqualTo(true);
        assertThat(r.get("s")).isEqualTo("ünï");
        assertThat(r.get("e")).isEqualTo("RED");
        assertThat(r.getBytes("raw")).containsExactly(9, 8);
        assertThat(r.get("price")).isEqualTo(123.45);
        assertThat(r.get("day")).isEqualTo(19000L);
        assertThat(r.getFloatVector("vec")).containsExactly(0.5f, -2f);
        assertThat(r.getList("legacy")).containsExactly(1L, 2L);
        assertThat(r.getList("pairs")).containsExactly(Map.of("name", "x", "n", 1L));
        assertThat(r.getList("bare")).containsExactly("p", "q");
        assertThat(r.getMap("counts")).isEqualTo(Map.of("k", 3L));
        assertThat(r.getMap("person")).isEqualTo(Map.of("name", "Ada", "age", 36L));

        Record s = back.get(1);
        assertThat(s.fieldCount()).isEqualTo(16);
        assertThat(s.get("i64")).isEqualTo(2L);
        assertThat(s.getList("vec")).containsExactly((Object) null); // no float[] can hold a null element
        assertThat(s.getList("bare")).isEmpty(); // a repeated field has no null, only no elements
        for (String f : List.of("i32", "f", "d", "b", "s", "e", "raw", "price", "day", "legacy", "pairs", "counts", "person")) {
            assertThat(s.get(f)).as(f).isNull();
        }

        List<Record> projected = ParquetFiles.read(file, new ParquetSource.Options(List.of("person", "vec")));
        assertThat(projected.get(0).fieldNames()).containsExactly("person", "vec");
        assertThat(projected.get(0).getFloatVector("vec")).containsExactly(0.5f, -2f);
    }

    @ParameterizedTest
    @EnumSource(ParquetSink.Codec.class)
    void parquetsStockReaderReadsOurFiles(ParquetSink.Codec codec) throws IOException {
        Path file = dir.resolve("ours.parquet");
        ParquetFiles.write(file, new ParquetSink.Options(Map.of(), "id", "_meta", codec, 1 << 20), List.of(
                Record.builder("r1").set("text", "héllo").set("n", 5L).set("vec", new float[] {1f, 2.5f})
                        .set("tags", List.of("a", "b")).set("attrs", Map.of("k", List.of(1L)))
                        .set("blob", "z".getBytes(StandardCharsets.UTF_8)).meta("lang", "en").build(),
                Record.builder("r2").set("text", null).set("n", null).set("vec", null).set("tags", null)
                        .set("attrs", null).set("blob", null).build()));

        // Stock read path: default options use Parquet's Hadoop CodecFactory, not ours.
        ParquetReadOptions stock = ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
        assertThat(stock.getCodecFactory()).isNotInstanceOf(Codecs.class);
        List<Group> rows = new ArrayList<>();
        try (ParquetFileReader f = ParquetFileReader.open(new LocalInputFile(file), stock)) {
            for (BlockMetaData block : f.getRowGroups()) {
                for (ColumnChunkMetaData c : block.getColumns()) assertThat(c.getCodec()).isEqualTo(codec.parquetName());
            }
            MessageType schema = f.getFooter().getFileMetaData().getSchema();
            assertThat(schema.toString()).contains("optional group vec (LIST)", "repeated group list", "required float element",
                    "optional group attrs (MAP)", "repeated group key_value");
            PageReadStore pages;
            while ((pages = f.readNextRowGroup()) != null) {
                RecordReader<Group> reader = new ColumnIOFactory().getColumnIO(schema)
                        .getRecordReader(pages, new GroupRecordConverter(schema));
                for (long i = 0; i < pages.getRowCount(); i++) rows.add(reader.read());
            }
        }
        assertThat(rows).hasSize(2);
        Group g = rows.get(0);
        assertThat(g.getString("id", 0)).isEqualTo("r1");
        assertThat(g.getString("text", 0)).isEqualTo("héllo");
        assertThat(g.getLong("n", 0)).isEqualTo(5L);
        Group vec = g.getGroup("vec", 0);
        assertThat(vec.getFieldRepetitionCount("list")).isEqualTo(2);
        assertThat(vec.getGroup("list", 1).getFloat("element", 0)).isEqualTo(2.5f);
        assertThat(g.getGroup("tags", 0).getGroup("list", 1).getString("element", 0)).isEqualTo("b");
        Group kv = g.getGroup("attrs", 0).getGroup("key_value", 0);
        assertThat(kv.getString("key", 0)).isEqualTo("k");
        assertThat(kv.getString("value", 0)).isEqualTo("[1]"); // map values are JSON text
        assertThat(g.getBinary("blob", 0).getBytes()).containsExactly('z');
        assertThat(g.getGroup("_meta", 0).getGroup("key_value", 0).getString("value", 0)).isEqualTo("\"en\"");

        Group nulls = rows.get(1);
        assertThat(nulls.getString("id", 0)).isEqualTo("r2");
        for (String f : List.of("text", "n", "vec", "tags", "attrs", "blob", "_meta")) {
            assertThat(nulls.getFieldRepetitionCount(f)).as(f).isZero();
        }
    }
}
