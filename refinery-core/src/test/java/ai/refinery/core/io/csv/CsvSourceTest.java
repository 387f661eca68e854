package ai.refinery.core.io.csv;

import static ai.refinery.core.io.csv.CsvFixtures.read;
import static ai.refinery.core.io.csv.CsvFixtures.sourceOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.io.BadRecordException;
import ai.refinery.core.io.FormatRegistry;
import ai.refinery.core.record.FieldType;
import ai.refinery.core.record.Record;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvSourceTest {
    private static final CsvSource.Options DEFAULTS = sourceOptions("");

    @Test
    void defaultsFromSettings() {
        assertThat(DEFAULTS.delimiter()).isNull(); // chosen per file: ',' or a tab for .tsv
        assertThat(DEFAULTS.quote()).isEqualTo("\"");
        assertThat(DEFAULTS.header()).isTrue();
        assertThat(DEFAULTS.columns()).isEmpty();
        assertThat(DEFAULTS.types()).isEmpty();
        assertThat(DEFAULTS.nullValues()).containsExactly("");
        assertThat(DEFAULTS.trim()).isFalse();
        assertThat(DEFAULTS).isEqualTo(CsvSource.Options.defaults());
    }

    @Test
    void registeredUnderItsName() {
        FormatRegistry registry = FormatRegistry.load();
        assertThat(registry.sourceForFile("a/b/people.tsv.gz")).isInstanceOf(CsvSource.class);
        assertThat(registry.sinkFormats()).anyMatch(f -> f instanceof CsvSink);
        assertThat(registry.sourceFormats()).anyMatch(f -> f.name().equals("jsonl"));
    }

    @Test
    void headerNamesTheColumnsAndIsNotARecord() throws Exception {
        CsvFixtures.Units u = read("name,age\nann,31\nbob,27\n", DEFAULTS);

        assertThat(u.lines()).containsExactly(2L, 3L);
        Record ann = u.decode(0);
        assertThat(ann.id()).isEqualTo("t:2");
        assertThat(ann.fields()).containsExactly(Map.entry("name", "ann"), Map.entry("age", "31"));
    }

    @Test
    void quotedFieldsWithDelimitersQuotesAndLineBreaks() throws Exception {
        String csv = "id,text,n\n"
                + "1,\"a, b\",x\n"
                + "2,\"she said \"\"hi\"\"\",y\n"
                + "3,\"line one\nline two\r\nline three\",z\n"
                + "4,plain,w\r\n"
                + "5,\"\",v\n";
        CsvFixtures.Units u = read(csv, DEFAULTS);

        // Row 3 spans lines 4-6, so the next rows start at 7 and 8.
        assertThat(u.lines()).containsExactly(2L, 3L, 4L, 7L, 8L);
        List<Record> r = u.decodeAll();
        assertThat(r.get(0).get("text")).isEqualTo("a, b");
        assertThat(r.get(1).get("text")).isEqualTo("she said \"hi\"");
        assertThat(r.get(2).get("text")).isEqualTo("line one\nline two\r\nline three");
        assertThat(r.get(3).get("n")).isEqualTo("w");
        assertThat(r.get(4).has("text")).isTrue();
        assertThat(r.get(4).get("text")).isNull();
        assertThat(u.reader().rawText(u.units().get(0))).isEqualTo("1,\"a, b\",x");
        assertThat(u.reader().rawText(u.units().get(1))).isEqualTo("2,\"she said \"\"hi\"\"\",y");
    }

    @Test
    void blankLinesAreSkippedButCounted() throws Exception {
        CsvFixtures.Units u = read("\na,b\n\n1,2\n\n\n3,4\n\n", DEFAULTS);

        assertThat(u.lines()).containsExactly(4L, 7L);
        assertThat(u.decode(1).fields()).containsExactly(Map.entry("a", "3"), Map.entry("b", "4"));
    }

    @Test
    void blankLineInOneColumnFileIsAnEmptyValue() throws Exception {
        CsvFixtures.Units u = read("word\nhello\n\nworld\n", DEFAULTS);

        assertThat(u.lines()).containsExactly(2L, 3L, 4L);
        assertThat(u.decode(1).get("word")).isNull();
    }

    @Test
    void noHeaderWithGivenColumns() throws Exception {
        CsvFixtures.Units u = read("ann,31\nbob,27\n", sourceOptions("header: false\ncolumns: [name, age]\ntypes: {age: long}"));

        assertThat(u.lines()).containsExactly(1L, 2L);
        assertThat(u.decode(1).fields()).containsExactly(Map.entry("name", "bob"), Map.entry("age", 27L));
    }

    @Test
    void noHeaderNamesColumnsByPosition() throws Exception {
        CsvFixtures.Units u = read("ann,31,x\nbob,27,y\n", sourceOptions("header: false"));

        assertThat(u.decode(0).fieldNames()).containsExactly("col_1", "col_2", "col_3");
        assertThat(u.decode(1).get("col_3")).isEqualTo("y");
    }

    @Test
    void columnsReplaceHeaderNames() throws Exception {
        CsvFixtures.Units u = read("Full Name,Age\nann,31\n", sourceOptions("columns: [name, age]"));

        assertThat(u.decode(0).fields()).containsExactly(Map.entry("name", "ann"), Map.entry("age", "31"));
        assertThatThrownBy(() -> read("a,b,c\n1,2,3\n", sourceOptions("columns: [name, age]")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("header at line 1")
                .hasMessageContaining("'columns' lists 2 names but the header has 3 columns");
    }

    @Test
    void typesConvertCells() throws Exception {
        CsvFixtures.Units u = read("name,age,score,ok\nann,-31,2.5e3,TRUE\nbob,+7,NaN,false\n",
                sourceOptions("types: {age: long, score: double, ok: boolean, name: string}"));

        Record ann = u.decode(0);
        assertThat(ann.fields()).containsExactly(Map.entry("name", "ann"), Map.entry("age", -31L),
                Map.entry("score", 2500.0), Map.entry("ok", true));
        Record bob = u.decode(1);
        assertThat(bob.getLong("age")).isEqualTo(7L);
        assertThat(bob.getDouble("score")).isNaN();
        assertThat(bob.getBoolean("ok")).isFalse();
    }

    @Test
    void cellThatDoesNotConvertNamesColumnValueAndType() throws Exception {
        CsvFixtures.Units u = read("name,age,score,ok\nann,abc,1,true\nbob,1,1.5f,true\ncid,1,1,yes\ndan,99999999999999999999,1,true\neve, 5,1,true\n",
                sourceOptions("types: {age: long, score: double, ok: boolean}"));

        assertThatThrownBy(() -> u.decode(0)).isInstanceOf(BadRecordException.class)
                .hasMessage("column 'age': 'abc' is not a long");
        assertThatThrownBy(() -> u.decode(1)).hasMessage("column 'score': '1.5f' is not a double");
        assertThatThrownBy(() -> u.decode(2)).hasMessage("column 'ok': 'yes' is not a boolean (expected true or false)");
        assertThatThrownBy(() -> u.decode(3)).hasMessage("column 'age': '99999999999999999999' is out of range for a long");
        assertThatThrownBy(() -> u.decode(4)).hasMessage("column 'age': ' 5' is not a long");
    }

    @Test
    void trimStripsCellsAndHeaderNames() throws Exception {
        CsvFixtures.Units u = read(" name , age \n ann , 5 \n bob ,  \n",
                sourceOptions("trim: true\ntypes: {age: long}"));

        assertThat(u.decode(0).fields()).containsExactly(Map.entry("name", "ann"), Map.entry("age", 5L));
        assertThat(u.decode(1).get("age")).isNull();
    }

    @Test
    void wrongColumnCountIsABadRecord() throws Exception {
        CsvFixtures.Units u = read("a,b,c,d\n1,2,3,4\n1,2,3,4,5\n1\n", DEFAULTS);

        assertThat(u.decode(0).fieldCount()).isEqualTo(4);
        assertThatThrownBy(() -> u.decode(1)).isInstanceOf(BadRecordException.class)
                .hasMessage("expected 4 columns but found 5");
        assertThatThrownBy(() -> u.decode(2)).hasMessage("expected 4 columns but found 1");
    }

    @Test
    void nullValuesBecomeNullFields() throws Exception {
        CsvFixtures.Units u = read("a,b,c\n,NA,x\nnull,,-\n",
                sourceOptions("null_values: ['', NA, 'null']\ntypes: {b: long}"));

        Record first = u.decode(0);
        assertThat(first.fieldNames()).containsExactly("a", "b", "c");
        assertThat(first.get("a")).isNull();
        assertThat(first.get("b")).isNull();
        assertThat(first.get("c")).isEqualTo("x");
        assertThat(u.decode(1).fields()).containsEntry("a", null).containsEntry("b", null).containsEntry("c", "-");

        CsvFixtures.Units none = read("a,b\n,x\n", sourceOptions("null_values: []"));
        assertThat(none.decode(0).get("a")).isEqualTo("");
    }

    @Test
    void tsvFilesDefaultToTabs() throws Exception {
        String tsv = "name\tnote\nann\ta, b; c\n";
        assertThat(read("people.tsv", tsv, DEFAULTS).decode(0).fields())
                .containsExactly(Map.entry("name", "ann"), Map.entry("note", "a, b; c"));
        assertThat(read("people.tsv.gz", tsv, DEFAULTS).decode(0).get("note")).isEqualTo("a, b; c");

        for (String spelling : List.of("tab", "'\\t'", "\"\\t\"")) {
            CsvSource.Options o = sourceOptions("delimiter: " + spelling);
            assertThat(o.delimiter()).as(spelling).isEqualTo("\t");
            assertThat(read("people.txt.csv", tsv, o).decode(0).get("note")).isEqualTo("a, b; c");
        }
        assertThat(read("people.csv", "a;b\n1;2\n", sourceOptions("delimiter: ';'")).decode(0).get("b")).isEqualTo("2");
    }

    @Test
    void quotingCanBeTurnedOff() throws Exception {
        CsvFixtures.Units u = read("people.tsv", "a\tb\n\"x\t5\" wide\n", sourceOptions("quote: ''"));

        assertThat(u.decode(0).fields()).containsExactly(Map.entry("a", "\"x"), Map.entry("b", "5\" wide"));
    }

    @Test
    void unterminatedQuoteAtEndIsQuarantinedWithItsLine() throws Exception {
        CsvFixtures.Units u = read("a,b\n1,2\n3,\"never closed\n4,5\n", DEFAULTS);

        assertThat(u.lines()).containsExactly(2L, 3L);
        assertThat(u.decode(0).get("b")).isEqualTo("2");
        assertThatThrownBy(() -> u.decode(1)).isInstanceOf(BadRecordException.class)
                .hasMessageStartingWith("malformed CSV row starting at line 3: ")
                .hasMessageContaining("EOF reached before encapsulated token finished");
    }

    @Test
    void characterAfterClosingQuoteIsQuarantinedAndReadingGoesOn() throws Exception {
        CsvFixtures.Units u = read("a,b,c\n1,\"ab\"x,3\n4,5,6\n7,\"q\"r,\"s\"t\n8,9,10\n", DEFAULTS);

        // The rest of a broken row is part of it, not a row of its own (',3' would have been one).
        assertThat(u.lines()).containsExactly(2L, 3L, 4L, 5L);
        assertThatThrownBy(() -> u.decode(0)).isInstanceOf(BadRecordException.class)
                .hasMessageStartingWith("malformed CSV row starting at line 2: Invalid character between encapsulated token and delimiter");
        assertThat(u.reader().rawText(u.units().get(0))).isEqualTo(",3");
        assertThat(u.decode(1).fields()).containsExactly(Map.entry("a", "4"), Map.entry("b", "5"), Map.entry("c", "6"));
        assertThatThrownBy(() -> u.decode(2)).hasMessageStartingWith("malformed CSV row starting at line 4");
        assertThat(u.decode(3).get("c")).isEqualTo("10");
    }

    @Test
    void malformedHeaderStopsTheFile() {
        assertThatThrownBy(() -> read("a,\"b\"x\n1,2\n", DEFAULTS))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot read the header row at line 1: ");
    }

    @Test
    void runawayQuoteStopsTheFileInsteadOfFillingMemory() {
        String csv = "a,b\n1,\"oops\n" + "x,y\n".repeat(100_000);
        assertThatThrownBy(() -> read(csv, sourceOptions("max_row_chars: 65536")))
                .isInstanceOf(IOException.class)
                .hasMessage("the row starting at line 2 is longer than max_row_chars (65536 characters); is a quote never closed?");
    }

    @Test
    void headerProblemsAreReportedWhenTheHeaderIsRead() {
        assertThatThrownBy(() -> read("name,age\nann,1\n", sourceOptions("types: {agee: long}")))
                .isInstanceOf(IOException.class)
                .hasMessage("header at line 1: types names column 'agee' which the file does not have (did you mean 'age'?); columns: name, age");
        assertThatThrownBy(() -> read("id,x,id\n1,2,3\n", DEFAULTS))
                .hasMessageContaining("column name 'id' appears twice (columns 1 and 3)");
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstName() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "id,v\n1,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, all, bom.length, body.length);

        assertThat(read("bom.csv", all, DEFAULTS).decode(0).fieldNames()).containsExactly("id", "v");
    }

    @Test
    void invalidUtf8QuarantinesOnlyItsRow() throws Exception {
        byte[] bytes = "a,b\n1,caf\u00e9\n3,ok\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvFixtures.Units u = read("latin1.csv", bytes, DEFAULTS);

        assertThat(u.lines()).containsExactly(2L, 3L);
        assertThatThrownBy(() -> u.decode(0)).isInstanceOf(BadRecordException.class)
                .hasMessage("column 'b': invalid UTF-8");
        assertThat(u.decode(1).get("b")).isEqualTo("ok");
        assertThat(read("ok.csv", "a,b\n1,\uFFFD\n", DEFAULTS).decode(0).get("b")).isEqualTo("\uFFFD");
    }

    @Test
    void optionsAreValidatedWithClearMessages() {
        assertThatThrownBy(() -> sourceOptions("types: {v: float_vector}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("types.v: a CSV cell cannot be read as float_vector; use long, double, boolean or string");
        assertThatThrownBy(() -> sourceOptions("header: false\ncolumns: [a, b]\ntypes: {c: long}"))
                .hasMessageContaining("types names column 'c' which is not in columns");
        assertThatThrownBy(() -> sourceOptions("quote: \"''\""))
                .hasMessageContaining("quote must be a single character or empty, got ''''");
        assertThatThrownBy(() -> sourceOptions("delimiter: '\"'"))
                .hasMessageContaining("must not contain the quote character");
        assertThatThrownBy(() -> sourceOptions("columns: [a, a]")).hasMessageContaining("columns names 'a' twice");
        assertThat(sourceOptions("types: {n: int}").types()).containsEntry("n", FieldType.LONG);
    }
}
