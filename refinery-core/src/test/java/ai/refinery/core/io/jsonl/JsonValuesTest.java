package ai.refinery.core.io.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.record.Record;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

    private static Object read(String json) throws IOException {
        try (JsonParser p = JsonlSource.FACTORY.createParser(json)) {
            p.nextToken();
            Object v = JsonValues.read(p);
            assertThat(p.nextToken()).as("the whole value was consumed").isNull();
            return v;
        }
    }

    private interface Writing {
        void to(JsonGenerator g) throws IOException;
    }

    private static String write(Writing w) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonlSource.FACTORY.createGenerator(out)) {
            w.to(g);
        }
        return out.toString();
    }

    private static String write(Object v) throws IOException {
        return write(g -> JsonValues.write(g, v));
    }

    @Test
    void scalars() throws IOException {
        assertThat(read("\"s\"")).isEqualTo("s");
        assertThat(read("true")).isEqualTo(Boolean.TRUE);
        assertThat(read("false")).isEqualTo(Boolean.FALSE);
        assertThat(read("null")).isNull();
        assertThat(read("1.5")).isEqualTo(1.5);
        assertThat(read("1e2")).isEqualTo(100.0);
        assertThat(read("-0.0")).isEqualTo(-0.0);
    }

    @Test
    void integersStayLong() throws IOException {
        // regression: a ?: between getDoubleValue() and getLongValue() once widened every integer to Double
        for (String s : List.of("0", "1", "-1", "42", "2147483648", "9223372036854775807", "-9223372036854775808", "9007199254740993")) {
            assertThat(read(s)).as(s).isInstanceOf(Long.class).isEqualTo(Long.parseLong(s));
        }
    }

    @Test
    void integersBeyond64BitsBecomeDoubles() throws IOException {
        assertThat(read("9223372036854775808")).isInstanceOf(Double.class).isEqualTo(9.223372036854775808E18);
        assertThat(read("-9223372036854775809")).isInstanceOf(Double.class).isEqualTo(-9.223372036854775809E18);
        assertThat(read("123456789012345678901234567890")).isEqualTo(1.2345678901234568E29);
    }

    @Test
    void nestedArraysAndObjects() throws IOException {
        Object v = read("{\"a\":[1,2.5,\"x\",null,[true],{}],\"b\":{\"c\":{\"d\":-3}},\"e\":[]}");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", Arrays.asList(1L, 2.5, "x", null, List.of(true), Map.of()));
        expected.put("b", Map.of("c", Map.of("d", -3L)));
        expected.put("e", List.of());
        assertThat(v).isEqualTo(expected);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) v;
        assertThat(m.keySet()).containsExactly("a", "b", "e");
        assertThat(((List<?>) m.get("a")).get(0)).isInstanceOf(Long.class);
    }

    @Test
    void readAtAnUnexpectedTokenIsAnIOException() throws IOException {
        try (JsonParser p = JsonlSource.FACTORY.createParser("{\"a\":1}")) {
            p.nextToken();
            p.nextToken(); // FIELD_NAME
            assertThatThrownBy(() -> JsonValues.read(p)).isInstanceOf(IOException.class).hasMessageContaining("unexpected JSON token FIELD_NAME");
        }
    }

    @Test
    void writesScalars() throws IOException {
        assertThat(write((Object) null)).isEqualTo("null");
        assertThat(write("a\"b\n")).isEqualTo("\"a\\\"b\\n\"");
        assertThat(write(7L)).isEqualTo("7");
        assertThat(write(Long.MIN_VALUE)).isEqualTo("-9223372036854775808");
        assertThat(write(2.5)).isEqualTo("2.5");
        assertThat(write(true)).isEqualTo("true");
    }

    @Test
    void nanAndInfinityAreWrittenAsNull() throws IOException {
        assertThat(write(Double.NaN)).isEqualTo("null");
        assertThat(write(Double.POSITIVE_INFINITY)).isEqualTo("null");
        assertThat(write(Double.NEGATIVE_INFINITY)).isEqualTo("null");
        assertThat(write(Arrays.asList(1.0, Double.NaN))).isEqualTo("[1.0,null]");
        assertThat(write(new float[] {1f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY})).isEqualTo("[1.0,null,null,null]");
    }

    @Test
    void bytesAreBase64AndFloatVectorsArrays() throws IOException {
        assertThat(write(new byte[] {0, 1, 2, (byte) 0xFF})).isEqualTo("\"AAEC/w==\"");
        assertThat(write(new byte[0])).isEqualTo("\"\"");
        assertThat(write(new float[] {0.1f, -2f})).isEqualTo("[0.1,-2.0]");
        assertThat(write(new float[0])).isEqualTo("[]");
    }

    @Test
    void writesNestedValuesInOrder() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", List.of(1L, Map.of("k", "v")));
        m.put("a", null);
        assertThat(write(m)).isEqualTo("{\"z\":[1,{\"k\":\"v\"}],\"a\":null}");
    }

    @Test
    void unsupportedValuesAreAnIOException() {
        assertThatThrownBy(() -> write(new Object()))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write java.lang.Object as JSON");
        assertThatThrownBy(() -> write(List.of(1)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("java.lang.Integer");
    }

    @Test
    void writeRecordWithIdAndMeta() throws IOException {
        Record r = Record.builder("r7").set("text", "t").set("n", 1L).meta("lang", "en").meta("score", 0.5).build();
        assertThat(write(g -> JsonValues.writeRecord(g, r, "id", "_meta")))
                .isEqualTo("{\"id\":\"r7\",\"text\":\"t\",\"n\":1,\"_meta\":{\"lang\":\"en\",\"score\":0.5}}");
        assertThat(write(g -> JsonValues.writeRecord(g, r, null, null))).isEqualTo("{\"text\":\"t\",\"n\":1}");
        assertThat(write(g -> JsonValues.writeRecord(g, r, "text", "n")))
                .as("neither id nor meta overwrite a field of that name")
                .isEqualTo("{\"text\":\"t\",\"n\":1}");
        Record noMeta = Record.builder("x").set("a", 1L).build();
        assertThat(write(g -> JsonValues.writeRecord(g, noMeta, null, "_meta"))).isEqualTo("{\"a\":1}");
        Record empty = Record.builder("x").build();
        assertThat(write(g -> JsonValues.writeRecord(g, empty, "id", "_meta"))).isEqualTo("{\"id\":\"x\"}");
    }
}
