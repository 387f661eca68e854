package ai.refinery.core.io.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.YamlConfigReader;
import ai.refinery.core.io.BadRecordException;
import ai.refinery.core.io.Compression;
import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.RawBatch;
import ai.refinery.core.io.SourceReader;
import ai.refinery.core.record.Record;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonlSourceTest {
    private static final long SEED = Long.getLong("refinery.test.seed", System.nanoTime());
    private static final InputFile FILE = new InputFile(Path.of("in.jsonl"), "in.jsonl", Compression.NONE, 0);
    private static final long DEFAULT_MAX = 64L << 20;
    private static final int BUFFER = 1 << 16;

    /** One unit as read: its line number and the reader that can decode it. */
    private record Unit(SourceReader reader, Object raw, long line) {
        Record decode() throws BadRecordException {
            return reader.decode(raw, "in.jsonl:" + line);
        }

        String text() {
            return reader.rawText(raw);
        }
    }

    private static List<Unit> read(InputStream in, long maxLineBytes) throws IOException {
        SourceReader reader = new JsonlSource().open(FILE, in, new JsonlSource.Options(maxLineBytes, "_meta"));
        List<Unit> out = new ArrayList<>();
        RawBatch batch = new RawBatch(4);
        while (reader.next(batch)) {
            assertThat(batch.size()).as("next() adds exactly one unit").isEqualTo(out.size() + 1);
            out.add(new Unit(reader, batch.unit(out.size()), batch.line(out.size())));
        }
        assertThat(reader.next(batch)).as("stays at the end").isFalse();
        reader.close();
        return out;
    }

    private static List<Unit> read(byte[] bytes, long maxLineBytes) throws IOException {
        return read(new ByteArrayInputStream(bytes), maxLineBytes);
    }

    private static List<Unit> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), DEFAULT_MAX);
    }

    private static Record decode(String line) throws Exception {
        List<Unit> units = read(line + "\n");
        assertThat(units).hasSize(1);
        return units.get(0).decode();
    }

    private static String decodeError(String line) throws IOException {
        List<Unit> units = read(line + "\n");
        assertThat(units).hasSize(1);
        BadRecordException e = catchThrowableOfType(BadRecordException.class, () -> units.get(0).decode());
        assertThat(e).as("'%s' is rejected", line).isNotNull();
        return e.getMessage();
    }

    /** An input stream that hands out at most a few bytes per read, as pipes and decompressors do. */
    private static final class Trickle extends InputStream {
        private final byte[] data;
        private final Random rnd;
        private final int maxChunk;
        private int pos;

        Trickle(byte[] data, Random rnd, int maxChunk) {
            this.data = data;
            this.rnd = rnd;
            this.maxChunk = maxChunk;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) return -1;
            int n = Math.min(Math.min(len, data.length - pos), 1 + rnd.nextInt(maxChunk));
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    @Test
    void formatDescription() {
        JsonlSource f = new JsonlSource();
        assertThat(f.name()).isEqualTo("jsonl");
        assertThat(f.extensions()).containsExactly(".jsonl", ".ndjson", ".json");
        assertThat(f.optionsType()).isEqualTo(JsonlSource.Options.class);
        assertThat(f.streamsBytes()).isTrue();
    }

    @Test
    void optionsDefaultAndValidation() {
        JsonlSource.Options o = ConfigBinder.bind(YamlConfigReader.read(new StringReader("{}"), "r.yaml"), JsonlSource.Options.class, "input.options");
        assertThat(o.maxLineBytes()).isEqualTo(64L << 20);
        assertThat(o.metaField()).isEqualTo("_meta");
        assertThatThrownBy(() -> ConfigBinder.bind(YamlConfigReader.read(new StringReader("max_line_bytes: 8"), "r.yaml"),
                JsonlSource.Options.class, "input.options"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("max_line_bytes must be at least 16, got 8");
    }

    @Test
    void readsOneRecordPerLineWithLineNumbers() throws Exception {
        List<Unit> units = read("{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n");
        assertThat(units).extracting(Unit::line).containsExactly(1L, 2L, 3L);
        Record r = units.get(1).decode();
        assertThat(r.id()).isEqualTo("in.jsonl:2");
        assertThat(r.get("a")).isEqualTo(2L);
        assertThat(units.get(2).text()).isEqualTo("{\"a\":3}");
    }

    @Test
    void crlfLineEndingsAreStripped() throws Exception {
        List<Unit> units = read("{\"a\":\"x\"}\r\n{\"a\":\"y\"}\r\n");
        assertThat(units).extracting(Unit::text).containsExactly("{\"a\":\"x\"}", "{\"a\":\"y\"}");
        assertThat(units.get(1).decode().get("a")).isEqualTo("y");
    }

    @Test
    void blankLinesAreSkippedButCounted() throws Exception {
        List<Unit> units = read("\n{\"a\":1}\n\n  \t \r\n\r\n{\"a\":2}\n\n");
        assertThat(units).extracting(Unit::line).containsExactly(2L, 6L);
        assertThat(units.get(1).decode().get("a")).isEqualTo(2L);
        assertThat(read("")).isEmpty();
        assertThat(read("\n\n \n")).isEmpty();
    }

    @Test
    void lastLineWithoutNewlineIsRead() throws Exception {
        List<Unit> units = read("{\"a\":1}\n{\"a\":2}");
        assertThat(units).extracting(Unit::line).containsExactly(1L, 2L);
        assertThat(units.get(1).decode().get("a")).isEqualTo(2L);
        assertThat(read("{\"a\":1}\r")).extracting(Unit::text).containsExactly("{\"a\":1}");
    }

    @Test
    void aByteOrderMarkAtTheStartIsIgnored() throws Exception {
        List<Unit> units = read("\uFEFF{\"a\":1}\n{\"b\":2}\n");
        assertThat(units).hasSize(2);
        assertThat(units.get(0).text()).isEqualTo("{\"a\":1}");
        assertThat(units.get(0).decode().fields()).isEqualTo(Map.of("a", 1L));
        assertThat(units.get(0).line()).isEqualTo(1L);

        List<Unit> bomThenBlank = read("\uFEFF\r\n{\"b\":2}\n");
        assertThat(bomThenBlank).extracting(Unit::line).containsExactly(2L);
    }

    @Test
    void aByteOrderMarkLaterIsKept() throws IOException {
        List<Unit> units = read("{\"a\":1}\n\uFEFF{\"b\":2}\n");
        assertThat(units.get(1).text()).isEqualTo("\uFEFF{\"b\":2}");
    }

    @Test
    void anOversizedLineBecomesABadUnitAndReadingContinues() throws Exception {
        String big = "{\"text\":\"" + "x".repeat(100) + "\"}";
        List<Unit> units = read((big + "\n{\"a\":1}\n" + big + "\n{\"a\":2}").getBytes(StandardCharsets.UTF_8), 64);
        assertThat(units).extracting(Unit::line).containsExactly(1L, 2L, 3L, 4L);
        assertThatThrownBy(() -> units.get(0).decode())
                .isInstanceOf(BadRecordException.class)
                .hasMessage("line of " + big.length() + " bytes exceeds max_line_bytes");
        assertThat(units.get(0).text()).as("the head of the line (here all of it) for the quarantine file").isEqualTo(big + "...");
        assertThat(units.get(1).decode().get("a")).isEqualTo(1L);
        assertThatThrownBy(() -> units.get(2).decode()).isInstanceOf(BadRecordException.class);
        assertThat(units.get(3).decode().get("a")).isEqualTo(2L);
    }

    @Test
    void aLineOfExactlyTheLimitIsRead() throws Exception {
        String exact = "{\"t\":\"" + "y".repeat(24) + "\"}"; // 32 bytes
        assertThat(exact).hasSize(32);
        List<Unit> units = read((exact + "\n" + exact + "z\n").getBytes(StandardCharsets.UTF_8), 32);
        assertThat(units.get(0).decode().getString("t")).hasSize(24);
        assertThatThrownBy(() -> units.get(1).decode()).hasMessage("line of 33 bytes exceeds max_line_bytes");
    }

    @Test
    void theCarriageReturnOfACrlfDoesNotCountTowardsTheLimit() throws Exception {
        String exact = "{\"t\":\"" + "y".repeat(24) + "\"}"; // 32 bytes
        List<Unit> units = read((exact + "\r\n" + exact + "z\r\n" + exact + "\r").getBytes(StandardCharsets.UTF_8), 32);
        assertThat(units).hasSize(3);
        assertThat(units.get(0).decode().getString("t")).hasSize(24);
        assertThatThrownBy(() -> units.get(1).decode()).hasMessage("line of 33 bytes exceeds max_line_bytes");
        assertThat(units.get(2).text()).isEqualTo(exact);
        // the same with the CR and the LF in different reads
        List<Unit> split = read(new Trickle((exact + "\r\n" + exact + "z\r\n").getBytes(StandardCharsets.UTF_8), new Random(SEED), 3), 32);
        assertThat(split.get(0).text()).as("seed=%d", SEED).isEqualTo(exact);
        assertThatThrownBy(() -> split.get(1).decode()).as("seed=%d", SEED).hasMessage("line of 33 bytes exceeds max_line_bytes");
    }

    @Test
    void anOversizedLineSpanningManyBuffersIsMeasuredWhole() throws Exception {
        int length = 3 * BUFFER + 123;
        String big = "{\"t\":\"" + "q".repeat(length - 8) + "\"}";
        for (long max : new long[] {16, 1000, BUFFER - 1, BUFFER + 5, length - 1}) {
            List<Unit> units = read(("{\"a\":0}\n" + big + "\r\n{\"a\":1}\n").getBytes(StandardCharsets.UTF_8), max);
            assertThat(units).as("max %d", max).extracting(Unit::line).containsExactly(1L, 2L, 3L);
            assertThatThrownBy(() -> units.get(1).decode()).as("max %d", max)
                    .hasMessageStartingWith("line of " + length)
                    .hasMessageEndingWith(" bytes exceeds max_line_bytes");
            assertThat(units.get(1).text()).as("max %d", max).startsWith("{\"t\":\"qqq").endsWith("...").hasSizeLessThanOrEqualTo(259);
            assertThat(units.get(2).decode().get("a")).as("max %d", max).isEqualTo(1L);
        }
        List<Unit> fits = read(("{\"a\":0}\n" + big + "\n").getBytes(StandardCharsets.UTF_8), length);
        assertThat(fits.get(1).decode().getString("t")).hasSize(length - 8);
    }

    @Test
    void linesSplitAcrossTheReadBufferAreJoined() throws Exception {
        // a first line that ends a few bytes before, at, and after the 64 KiB boundary
        for (int shift = -3; shift <= 3; shift++) {
            String first = "{\"t\":\"" + "a".repeat(BUFFER - 8 + shift - 1) + "\"}";
            String text = first + "\r\n{\"b\":\"" + "é".repeat(50_000) + "\"}\n{\"c\":3}";
            List<Unit> units = read(text.getBytes(StandardCharsets.UTF_8), DEFAULT_MAX);
            assertThat(units).as("shift %d", shift).hasSize(3);
            assertThat(units.get(0).decode().getString("t")).as("shift %d", shift).hasSize(BUFFER - 9 + shift);
            assertThat(units.get(1).decode().getString("b")).as("shift %d", shift).isEqualTo("é".repeat(50_000));
            assertThat(units.get(2).decode().get("c")).isEqualTo(3L);
        }
    }

    @Test
    void randomLinesReadTheSameWhateverTheChunking() throws Exception {
        Random rnd = new Random(SEED);
        for (int round = 0; round < 30; round++) {
            List<String> lines = new ArrayList<>();
            List<Long> expectedLines = new ArrayList<>();
            List<String> expectedValues = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            if (rnd.nextBoolean()) text.append('\uFEFF');
            int n = 1 + rnd.nextInt(200);
            for (int i = 1; i <= n; i++) {
                String eol = rnd.nextInt(3) == 0 ? "\r\n" : "\n";
                if (rnd.nextInt(8) == 0) {
                    lines.add(" ".repeat(rnd.nextInt(3)));
                } else {
                    String v = randomText(rnd, rnd.nextInt(10) == 0 ? 30_000 + rnd.nextInt(80_000) : rnd.nextInt(60));
                    lines.add("{\"i\":" + i + ",\"v\":\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
                    expectedLines.add((long) i);
                    expectedValues.add(v);
                }
                text.append(lines.get(i - 1));
                if (i < n || rnd.nextBoolean()) text.append(eol);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            int chunk = rnd.nextBoolean() ? 1 + rnd.nextInt(16) : 1 + rnd.nextInt(200_000);
            List<Unit> units = read(new Trickle(bytes, new Random(SEED + round), chunk), DEFAULT_MAX);
            String where = "seed=" + SEED + " round " + round + " chunk " + chunk;
            assertThat(units).as(where).extracting(Unit::line).containsExactlyElementsOf(expectedLines);
            for (int k = 0; k < units.size(); k++) {
                Record r = units.get(k).decode();
                assertThat(r.getLong("i")).as(where).isEqualTo(expectedLines.get(k));
                assertThat(r.getString("v")).as(where + " line " + expectedLines.get(k)).isEqualTo(expectedValues.get(k));
            }
        }
    }

    private static String randomText(Random rnd, int length) {
        StringBuilder sb = new StringBuilder(length);
        String alphabet = "abcxyz 019é€日😀\\\"";
        while (sb.length() < length) {
            int cp = alphabet.codePointAt(alphabet.offsetByCodePoints(0, rnd.nextInt(alphabet.codePointCount(0, alphabet.length()))));
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    @Test
    void valuesKeepTheirJsonTypes() throws Exception {
        Record r = decode("{\"s\":\"x\",\"i\":3,\"neg\":-4,\"f\":2.5,\"b\":true,\"n\":null,"
                + "\"big\":123456789012345678901234567890,\"max\":9223372036854775807,"
                + "\"list\":[1,\"two\",[3.0]],\"obj\":{\"k\":{\"deep\":[{}]}}}");
        assertThat(r.fieldNames()).containsExactly("s", "i", "neg", "f", "b", "n", "big", "max", "list", "obj");
        assertThat(r.get("s")).isEqualTo("x");
        assertThat(r.get("i")).isInstanceOf(Long.class).isEqualTo(3L);
        assertThat(r.get("neg")).isInstanceOf(Long.class).isEqualTo(-4L);
        assertThat(r.get("f")).isEqualTo(2.5);
        assertThat(r.get("b")).isEqualTo(true);
        assertThat(r.has("n")).isTrue();
        assertThat(r.get("n")).isNull();
        assertThat(r.get("big")).isInstanceOf(Double.class).isEqualTo(1.2345678901234568E29);
        assertThat(r.get("max")).isInstanceOf(Long.class).isEqualTo(Long.MAX_VALUE);
        assertThat(r.getList("list")).containsExactly(1L, "two", List.of(3.0));
        assertThat(r.getList("list").get(0)).isInstanceOf(Long.class);
        assertThat(r.getMap("obj")).isEqualTo(Map.of("k", Map.of("deep", List.of(Map.of()))));
    }

    @Test
    void anEmptyObjectIsARecordWithoutFields() throws Exception {
        assertThat(decode("{}").fieldCount()).isZero();
        assertThat(decode("  {\"a\":1}  ").get("a")).isEqualTo(1L);
    }

    @Test
    void linesThatAreNotObjectsAreRejected() throws IOException {
        assertThat(decodeError("[1]")).isEqualTo("expected a JSON object but found '['");
        assertThat(decodeError("null")).isEqualTo("expected a JSON object but found 'null'");
        assertThat(decodeError("3")).startsWith("expected a JSON object but found ");
        assertThat(decodeError("\"text\"")).startsWith("expected a JSON object but found ");
        assertThat(decodeError("true")).isEqualTo("expected a JSON object but found 'true'");
    }

    @Test
    void trailingContentAfterTheObjectIsRejected() throws IOException {
        assertThat(decodeError("{\"a\":1}{\"b\":2}")).isEqualTo("unexpected content after the JSON object at column 9");
        assertThat(decodeError("{\"a\":1} 5")).startsWith("unexpected content after the JSON object at column ");
        assertThat(decodeError("{\"a\":1} x")).startsWith("malformed JSON at column ");
    }

    @Test
    void malformedJsonIsReportedWithItsColumn() throws IOException {
        assertThat(decodeError("{\"a\":}")).startsWith("malformed JSON at column 6: ");
        assertThat(decodeError("{\"a\":1")).startsWith("malformed JSON");
        assertThat(decodeError("{a:1}")).startsWith("malformed JSON at column 2: ");
        assertThat(decodeError("{\"a\":NaN}")).startsWith("malformed JSON");
    }

    @Test
    void invalidUtf8IsReportedWithItsOffset() throws IOException {
        byte[] line = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0x80, '"', '}', '\n'};
        List<Unit> units = read(line, DEFAULT_MAX);
        assertThatThrownBy(() -> units.get(0).decode())
                .isInstanceOf(BadRecordException.class)
                .hasMessage("invalid UTF-8 at byte 6");
    }

    @Test
    void excessiveNestingIsABadRecordNotAStackOverflow() throws IOException {
        String deep = "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThat(decodeError(deep)).startsWith("malformed JSON");
    }

    @Test
    void anObjectUnderTheMetaFieldBecomesMeta() throws Exception {
        Record r = decode("{\"a\":1,\"_meta\":{\"lang\":\"en\",\"score\":0.5},\"b\":2}");
        assertThat(r.fieldNames()).containsExactly("a", "b");
        assertThat(r.meta()).containsExactly(Map.entry("lang", "en"), Map.entry("score", 0.5));
        Record notAnObject = decode("{\"_meta\":[1]}");
        assertThat(notAnObject.getList("_meta")).containsExactly(1L);
        assertThat(notAnObject.metaCount()).isZero();

        String line = "{\"a\":1,\"_meta\":{\"lang\":\"en\"}}\n";
        for (String metaField : new String[] {null, ""}) {
            JsonlSource.Options o = new JsonlSource.Options(100, metaField);
            assertThat(o.metaField()).isNull();
            SourceReader reader = new JsonlSource().open(FILE, new ByteArrayInputStream(line.getBytes()), o);
            RawBatch batch = new RawBatch(1);
            assertThat(reader.next(batch)).isTrue();
            Record asField = reader.decode(batch.unit(0), "x");
            assertThat(asField.getMap("_meta")).containsEntry("lang", "en");
            assertThat(asField.metaCount()).isZero();
        }
        JsonlSource.Options custom = new JsonlSource.Options(100, "info");
        SourceReader reader = new JsonlSource().open(FILE, new ByteArrayInputStream(
                "{\"info\":{\"k\":1},\"_meta\":{\"x\":2}}\n".getBytes()), custom);
        RawBatch batch = new RawBatch(1);
        assertThat(reader.next(batch)).isTrue();
        Record r2 = reader.decode(batch.unit(0), "x");
        assertThat(r2.meta()).containsExactly(Map.entry("k", 1L));
        assertThat(r2.fieldNames()).containsExactly("_meta");
    }

    @Test
    void duplicateKeysKeepTheLastValueAtTheFirstPosition() throws Exception {
        Record r = decode("{\"a\":1,\"b\":2,\"a\":3}");
        assertThat(r.fieldNames()).containsExactly("a", "b");
        assertThat(r.get("a")).isEqualTo(3L);
    }

    @Test
    void decodingWorksAfterClose() throws Exception {
        SourceReader reader = new JsonlSource().open(FILE, new ByteArrayInputStream("{\"a\":1}\n".getBytes()), new JsonlSource.Options(100, "_meta"));
        RawBatch batch = new RawBatch(1);
        assertThat(reader.next(batch)).isTrue();
        reader.close();
        assertThat(reader.decode(batch.unit(0), "id").get("a")).isEqualTo(1L);
    }

    @Test
    void aBatchGrowsBeyondItsCapacity() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50; i++) sb.append("{\"i\":").append(i).append("}\n");
        SourceReader reader = new JsonlSource().open(FILE, new ByteArrayInputStream(sb.toString().getBytes()), new JsonlSource.Options(100, "_meta"));
        RawBatch batch = new RawBatch(1);
        while (reader.next(batch)) {
            // keep adding to the same batch
        }
        assertThat(batch.size()).isEqualTo(50);
        assertThat(batch.line(49)).isEqualTo(50L);
        assertThat(reader.decode(batch.unit(49), "x").get("i")).isEqualTo(49L);
    }

    @Test
    void compressedInputReadsTheSame() throws Exception {
        String text = "{\"a\":1}\n\n{\"a\":2}\r\n";
        for (Compression c : Compression.values()) {
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            try (var out = c.compress(packed)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            List<Unit> units = read(c.decompress(new ByteArrayInputStream(packed.toByteArray())), DEFAULT_MAX);
            assertThat(units).as("%s", c).extracting(Unit::line).containsExactly(1L, 3L);
            assertThat(units.get(1).decode().get("a")).isEqualTo(2L);
        }
    }

    @Test
    void rawTextOfBadUtf8DoesNotThrow() throws IOException {
        byte[] line = {'{', (byte) 0xFF, '}', '\n'};
        List<Unit> units = read(Arrays.copyOf(line, line.length), DEFAULT_MAX);
        assertThat(units.get(0).text()).hasSize(3).startsWith("{").endsWith("}");
    }
}
