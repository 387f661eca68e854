package ai.refinery.core.io.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.YamlConfigReader;
import ai.refinery.core.io.Compression;
import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.RawBatch;
import ai.refinery.core.io.ShardWriter;
import ai.refinery.core.io.SourceReader;
import ai.refinery.core.record.Record;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonlSinkTest {
    private static final long SEED = Long.getLong("refinery.test.seed", System.nanoTime());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonlSink SINK = new JsonlSink();
    private static final JsonlSink.Options DEFAULTS = options("{}");

    private static JsonlSink.Options options(String yaml) {
        return ConfigBinder.bind(YamlConfigReader.read(new StringReader(yaml), "r.yaml"), JsonlSink.Options.class, "output.options");
    }

    private static String encode(List<Record> records, JsonlSink.Options o) throws IOException {
        return new String((byte[]) SINK.encode(records, o), StandardCharsets.UTF_8);
    }

    private static List<Record> readBack(byte[] bytes) throws Exception {
        SourceReader reader = new JsonlSource().open(new InputFile(Path.of("x.jsonl"), "x.jsonl", Compression.NONE, bytes.length),
                new ByteArrayInputStream(bytes), new JsonlSource.Options(1 << 20, "_meta"));
        RawBatch batch = new RawBatch(16);
        while (reader.next(batch)) {
            // all lines into one batch
        }
        List<Record> out = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) out.add(reader.decode(batch.unit(i), "line" + batch.line(i)));
        return out;
    }

    @Test
    void formatDescription() {
        assertThat(SINK.name()).isEqualTo("jsonl");
        assertThat(SINK.extension()).isEqualTo(".jsonl");
        assertThat(SINK.optionsType()).isEqualTo(JsonlSink.Options.class);
        assertThat(SINK.streamsBytes()).isTrue();
    }

    @Test
    void optionDefaultsAndEmptyValues() {
        assertThat(DEFAULTS.idField()).isNull();
        assertThat(DEFAULTS.metaField()).isEqualTo("_meta");
        JsonlSink.Options o = options("id_field: ''\nmeta_field: ''");
        assertThat(o.idField()).isNull();
        assertThat(o.metaField()).isNull();
        assertThat(options("id_field: key\nmeta_field: info")).isEqualTo(new JsonlSink.Options("key", "info"));
    }

    @Test
    void writesOneObjectPerLineInFieldOrder() throws IOException {
        List<Record> rs = List.of(
                Record.builder("a").set("z", 1).set("a", "x\ny").build(),
                Record.builder("b").build(),
                Record.builder("c").set("n", null).build());
        assertThat(encode(rs, DEFAULTS)).isEqualTo("{\"z\":1,\"a\":\"x\\ny\"}\n{}\n{\"n\":null}\n");
        assertThat(encode(List.of(), DEFAULTS)).isEmpty();
    }

    @Test
    void idFieldWritesTheRecordIdUnlessTheFieldExists() throws IOException {
        JsonlSink.Options o = options("id_field: id");
        List<Record> rs = List.of(
                Record.builder("r1").set("text", "t").build(),
                Record.builder("r2").set("id", 99).set("text", "u").build());
        assertThat(encode(rs, o)).isEqualTo("{\"id\":\"r1\",\"text\":\"t\"}\n{\"id\":99,\"text\":\"u\"}\n");
        assertThat(encode(rs.subList(0, 1), DEFAULTS)).isEqualTo("{\"text\":\"t\"}\n");
    }

    @Test
    void metaFieldWritesMetaAsAnObjectAtTheEnd() throws IOException {
        Record r = Record.builder("r").set("a", 1).meta("lang", "en").meta("score", 0.75).build();
        assertThat(encode(List.of(r), DEFAULTS)).isEqualTo("{\"a\":1,\"_meta\":{\"lang\":\"en\",\"score\":0.75}}\n");
        assertThat(encode(List.of(r), options("meta_field: info"))).isEqualTo("{\"a\":1,\"info\":{\"lang\":\"en\",\"score\":0.75}}\n");
        assertThat(encode(List.of(r), options("meta_field: ''"))).isEqualTo("{\"a\":1}\n");
        assertThat(encode(List.of(Record.builder("r").set("a", 1).build()), DEFAULTS)).as("no meta, no object").isEqualTo("{\"a\":1}\n");
    }

    @Test
    void nanAndInfinityAreWrittenAsNull() throws IOException {
        Record r = Record.builder("r").set("nan", Double.NaN).set("inf", Double.POSITIVE_INFINITY)
                .set("ninf", Double.NEGATIVE_INFINITY).set("list", List.of(1.0, Double.NaN))
                .set("vec", new float[] {Float.NaN, 1.5f}).meta("m", Double.NaN).build();
        String line = encode(List.of(r), DEFAULTS);
        assertThat(line).isEqualTo("{\"nan\":null,\"inf\":null,\"ninf\":null,\"list\":[1.0,null],\"vec\":[null,1.5],\"_meta\":{\"m\":null}}\n");
        JsonNode parsed = JSON.readTree(line);
        assertThat(parsed.get("nan").isNull()).isTrue();
    }

    @Test
    void bytesAreBase64AndFloatVectorsArrays() throws Exception {
        byte[] raw = new byte[256];
        for (int i = 0; i < raw.length; i++) raw[i] = (byte) i;
        Record r = Record.builder("r").set("raw", raw).set("vec", new float[] {0.1f, -3f, 1e-7f}).build();
        String line = encode(List.of(r), DEFAULTS);
        JsonNode parsed = JSON.readTree(line);
        assertThat(Base64.getDecoder().decode(parsed.get("raw").asText())).isEqualTo(raw);
        assertThat(parsed.get("vec").isArray()).isTrue();
        assertThat((float) parsed.get("vec").get(0).asDouble()).isEqualTo(0.1f);
        assertThat((float) parsed.get("vec").get(2).asDouble()).isEqualTo(1e-7f);
        Record back = readBack(line.getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(back.getString("raw")).isEqualTo(Base64.getEncoder().encodeToString(raw));
        assertThat(back.getList("vec")).hasSize(3).allMatch(x -> x instanceof Double);
        assertThat(((Double) back.getList("vec").get(0)).floatValue()).isEqualTo(0.1f);
    }

    @Test
    void shardWriterWritesEncodedBatchesInOrderAndCloses() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (ShardWriter w = SINK.open(Path.of("part-00000.jsonl"), out, DEFAULTS)) {
            w.write(SINK.encode(List.of(Record.builder("a").set("i", 1).build()), DEFAULTS));
            w.write(SINK.encode(List.of(Record.builder("b").set("i", 2).build(), Record.builder("c").set("i", 3).build()), DEFAULTS));
        }
        assertThat(closed[0]).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"i\":1}\n{\"i\":2}\n{\"i\":3}\n");
    }

    @Test
    void unicodeIsWrittenAsUtf8() throws Exception {
        Record r = Record.builder("r").set("t", "é€日😀\u2028\u0000").build();
        byte[] bytes = (byte[]) SINK.encode(List.of(r), DEFAULTS);
        assertThat(Utf8.firstInvalid(bytes, 0, bytes.length)).isEqualTo(-1);
        // BMP characters are written as UTF-8; Jackson escapes supplementary ones as a \\u surrogate pair (valid JSON)
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("é€日").endsWith("\n").hasLineCount(1);
        assertThat(readBack(bytes).get(0).getString("t")).isEqualTo("é€日😀\u2028\u0000");
    }

    @Test
    void sinkThenSourceRoundTripsRandomRecords() throws Exception {
        Random rnd = new Random(SEED);
        JsonlSink.Options o = options("id_field: id");
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Record.Builder b = Record.builder("rec-" + i);
            int fields = rnd.nextInt(6);
            for (int f = 0; f < fields; f++) b.set(randomName(rnd), randomJsonValue(rnd, 3));
            for (int m = rnd.nextInt(3); m > 0; m--) b.meta(randomName(rnd), randomJsonValue(rnd, 2));
            records.add(b.build());
        }
        ByteArrayOutputStream shard = new ByteArrayOutputStream();
        try (ShardWriter w = SINK.open(Path.of("p.jsonl"), shard, o)) {
            w.write(SINK.encode(records.subList(0, 100), o));
            w.write(SINK.encode(records.subList(100, records.size()), o));
        }
        List<Record> back = readBack(shard.toByteArray());
        assertThat(back).as("seed=%d", SEED).hasSize(records.size());
        for (int i = 0; i < records.size(); i++) {
            Record original = records.get(i);
            // the id comes first (id_field), then the fields in order, and meta back as meta
            Record.Builder eb = Record.builder(back.get(i).id()).set("id", original.id());
            for (int f = 0; f < original.fieldCount(); f++) eb.set(original.fieldName(f), original.fieldValue(f));
            for (int m = 0; m < original.metaCount(); m++) eb.meta(original.metaName(m), original.metaValue(m));
            assertThat(back.get(i)).as("record %d, seed=%d", i, SEED).isEqualTo(eb.build());
            assertThat(back.get(i).fieldNames()).as("record %d, seed=%d", i, SEED).first().isEqualTo("id");
        }
    }

    private static String randomName(Random rnd) {
        String[] names = {"text", "n", "score", "tags", "obj", "ünï", "a b", "x\"y", "_m", "emoji😀"};
        return names[rnd.nextInt(names.length)];
    }

    /** Values that JSON represents exactly: strings, longs, finite doubles, booleans, null, lists and maps. */
    private static Object randomJsonValue(Random rnd, int depth) {
        switch (rnd.nextInt(depth > 0 ? 8 : 6)) {
            case 0: return null;
            case 1: {
                StringBuilder sb = new StringBuilder();
                for (int i = rnd.nextInt(20); i > 0; i--) sb.appendCodePoint(rnd.nextInt(4) == 0 ? 0x20 + rnd.nextInt(0x3000) : 'a' + rnd.nextInt(26));
                if (rnd.nextInt(5) == 0) sb.append("\"\\\n\t\r\u0001");
                return sb.toString();
            }
            case 2: return rnd.nextBoolean() ? rnd.nextLong() : (long) rnd.nextInt(1000);
            case 3: {
                double d = rnd.nextBoolean() ? rnd.nextGaussian() * 1e6 : Double.longBitsToDouble(rnd.nextLong());
                return Double.isFinite(d) ? d : 0.5;
            }
            case 4: return rnd.nextBoolean();
            case 5: return (double) rnd.nextInt(10); // whole doubles stay doubles (written as 3.0)
            case 6: {
                List<Object> l = new ArrayList<>();
                for (int i = rnd.nextInt(4); i > 0; i--) l.add(randomJsonValue(rnd, depth - 1));
                return l;
            }
            default: {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = rnd.nextInt(4); i > 0; i--) m.put(randomName(rnd), randomJsonValue(rnd, depth - 1));
                return m;
            }
        }
    }
}
