package ai.refinery.core.io.csv;

import static ai.refinery.core.io.csv.CsvFixtures.read;
import static ai.refinery.core.io.csv.CsvFixtures.sinkOptions;
import static ai.refinery.core.io.csv.CsvFixtures.sourceOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.io.ShardWriter;
import ai.refinery.core.record.Record;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvSinkTest {
    private final CsvSink sink = new CsvSink();

    /** Writes batches to one shard and returns its text; the stream must be closed by the writer. */
    private String write(CsvSink.Options options, List<List<Record>> batches) throws IOException {
        ClosingCheckStream out = new ClosingCheckStream();
        try (ShardWriter w = sink.open(Path.of("part-0.csv"), out, options)) {
            for (List<Record> b : batches) w.write(sink.encode(b, options));
        }
        assertThat(out.closed).as("stream closed").isTrue();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final class ClosingCheckStream extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    private static Record rec(String id, Object... kv) {
        Record.Builder b = Record.builder(id);
        for (int i = 0; i < kv.length; i += 2) b.set((String) kv[i], kv[i + 1]);
        return b.build();
    }

    @Test
    void defaultsFromSettings() {
        CsvSink.Options o = sinkOptions("");
        assertThat(o).isEqualTo(CsvSink.Options.defaults());
        assertThat(o.delimiter()).isEqualTo(",");
        assertThat(o.header()).isTrue();
        assertThat(o.columns()).isEmpty();
    }

    @Test
    void roundTripWithTypes() throws Exception {
        List<Record> written = List.of(
                rec("r1", "name", "ann", "age", 31L, "score", 2.5, "ok", true, "note", "a, \"b\"\nc"),
                rec("r2", "name", "bob", "age", -7L, "score", 1.0E10, "ok", false, "note", null),
                rec("r3", "name", "", "age", null, "score", Double.NaN, "ok", null, "note", "  padded "));
        String csv = write(CsvSink.Options.defaults(), List.of(written.subList(0, 2), written.subList(2, 3)));

        assertThat(csv).startsWith("name,age,score,ok,note\nann,31,2.5,true,\"a, \"\"b\"\"\nc\"\n");
        CsvFixtures.Units u = read(csv, sourceOptions("types: {age: long, score: double, ok: boolean}"));
        assertThat(u.lines()).containsExactly(2L, 4L, 5L);
        for (int i = 0; i < written.size(); i++) {
            Record back = u.reader().decode(u.units().get(i), written.get(i).id());
            Record expected = written.get(i);
            if (i == 2) expected = expected.with("name", null); // CSV has no empty string apart from null
            assertThat(back).isEqualTo(expected);
        }
    }

    @Test
    void nonTextValues() throws Exception {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("k", List.of(1L, "x"));
        Record r = rec("r1", "bytes", new byte[] {1, 2, 3}, "vec", new float[] {0.5f, -1f}, "list", List.of("a", 2L), "map", map);

        String csv = write(CsvSink.Options.defaults(), List.of(List.of(r)));

        assertThat(csv).isEqualTo("bytes,vec,list,map\nAQID,\"[0.5,-1.0]\",\"[\"\"a\"\",2]\",\"{\"\"k\"\":[1,\"\"x\"\"]}\"\n");
    }

    @Test
    void refusesAFieldOutsideTheFirstRecordsColumns() {
        List<Record> batch = List.of(rec("r1", "a", 1L, "b", 2L), rec("r2", "a", 3L), rec("r3", "a", 4L, "extra", "x"));

        assertThatThrownBy(() -> write(CsvSink.Options.defaults(), List.of(batch)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("record r3 has field 'extra'")
                .hasMessageContaining("[a, b]");
    }

    @Test
    void configuredColumnsChooseAndOrderFields() throws Exception {
        String csv = write(sinkOptions("columns: [b, a, missing]"),
                List.of(List.of(rec("r1", "a", 1L, "b", "x", "c", "dropped on purpose"))));

        assertThat(csv).isEqualTo("b,a,missing\nx,1,\n");
    }

    @Test
    void headerOffAndTabDelimiter() throws Exception {
        String csv = write(sinkOptions("header: false\ndelimiter: tab"), List.of(List.of(rec("r1", "a", "x y", "b", "p,q"))));

        assertThat(csv).isEqualTo("x y\tp,q\n");
    }

    @Test
    void emptyShard() throws Exception {
        assertThat(write(CsvSink.Options.defaults(), List.of())).isEmpty();
        assertThat(write(sinkOptions("columns: [a, b]"), List.of(List.of()))).isEqualTo("a,b\n");
    }

    @Test
    void oneColumnWithNullsReadsBackAllRows() throws Exception {
        List<Record> written = List.of(rec("1", "w", "x"), rec("2", "w", null), rec("3", "w", "y"));
        String csv = write(CsvSink.Options.defaults(), List.of(written));

        CsvFixtures.Units u = read(csv, sourceOptions(""));
        assertThat(u.size()).isEqualTo(3);
        assertThat(u.decode(1).get("w")).isNull();
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> sinkOptions("delimiter: ''")).hasMessageContaining("delimiter must not be empty");
        assertThatThrownBy(() -> sinkOptions("columns: [a, b, a]")).hasMessageContaining("columns names 'a' twice");
        assertThat(Arrays.asList(sinkOptions("delimiter: '\\t'").delimiter())).containsExactly("\t");
    }
}
