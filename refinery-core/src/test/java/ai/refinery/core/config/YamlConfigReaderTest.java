package ai.refinery.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlConfigReaderTest {
    @TempDir Path dir;

    private static ConfigNode read(String yaml) {
        return YamlConfigReader.read(new StringReader(yaml), "r.yaml");
    }

    @Test
    void scalarsResolveAsInTheJsonSchema() {
        ConfigNode n = read("""
                s: text
                q: '12'
                i: 12
                neg: -7
                f: 2.5
                e: 1e3
                t: true
                no: false
                nul: null
                empty:
                yes: yes
                """);
        assertThat(n.get("s").scalarValue()).isEqualTo("text");
        assertThat(n.get("q").scalarValue()).isEqualTo("12");
        assertThat(n.get("i").scalarValue()).isEqualTo(12L);
        assertThat(n.get("neg").scalarValue()).isEqualTo(-7L);
        assertThat(n.get("f").scalarValue()).isEqualTo(2.5);
        assertThat(n.get("e").scalarValue()).isEqualTo(1000.0);
        assertThat(n.get("t").scalarValue()).isEqualTo(true);
        assertThat(n.get("no").scalarValue()).isEqualTo(false);
        assertThat(n.get("nul").isNull()).isTrue();
        assertThat(n.get("empty").isNull()).isTrue();
        assertThat(n.get("yes").scalarValue()).isEqualTo("yes");
    }

    @Test
    void specialFloatsAreNumbers() {
        ConfigNode n = read("a: .inf\nb: -.inf\nc: .nan\n");
        assertThat(n.get("a").scalarValue()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(n.get("b").scalarValue()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat((Double) n.get("c").scalarValue()).isNaN();
    }

    @Test
    void everyNodeKnowsItsLineAndColumn() {
        ConfigNode n = read("""
                name: x
                input:
                  path: a.jsonl
                pipeline:
                  - op: filter
                    where: "a > 1"
                  - op: sample
                """);
        assertThat(n.mark()).isEqualTo(new Mark("r.yaml", 1, 1));
        assertThat(n.get("name").mark()).isEqualTo(new Mark("r.yaml", 1, 7));
        assertThat(n.keyMark("input")).isEqualTo(new Mark("r.yaml", 2, 1));
        assertThat(n.get("input").mark()).isEqualTo(new Mark("r.yaml", 3, 3));
        assertThat(n.get("input").keyMark("path")).isEqualTo(new Mark("r.yaml", 3, 3));
        assertThat(n.get("input").get("path").mark()).isEqualTo(new Mark("r.yaml", 3, 9));
        List<ConfigNode> steps = n.get("pipeline").items();
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).mark()).isEqualTo(new Mark("r.yaml", 5, 5));
        assertThat(steps.get(0).get("where").mark()).isEqualTo(new Mark("r.yaml", 6, 12));
        assertThat(steps.get(0).get("where").scalarValue()).isEqualTo("a > 1");
        assertThat(steps.get(1).keyMark("op")).isEqualTo(new Mark("r.yaml", 7, 5));
        assertThat(n.keyMark("absent")).isEqualTo(n.mark());
    }

    @Test
    void mappingsKeepTheirOrder() {
        ConfigNode n = read("z: 1\na: 2\nm: 3\n");
        assertThat(n.entries().keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void syntaxErrorsHaveLineAndColumn() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> read("a: 1\nb: c: d\n"));
        assertThat(e).hasMessageStartingWith("r.yaml:2:5: invalid YAML: ").hasMessageContaining("mapping values are not allowed");
        assertThat(e.mark()).isEqualTo(new Mark("r.yaml", 2, 5));
        assertThatThrownBy(() -> read("a:\n\t- 1\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("r.yaml:2:1: invalid YAML: ");
        assertThatThrownBy(() -> read("a: [1, 2\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("r.yaml:2:1: invalid YAML: ");
    }

    @Test
    void duplicateKeysAreRejected() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> read("a: 1\nb: 2\na: 3\n"));
        assertThat(e).as("duplicate top-level key").isNotNull();
        assertThat(e.getMessage()).startsWith("r.yaml:3:1: ").contains("duplicate").contains("'a'");
        assertThatThrownBy(() -> read("outer:\n  x: 1\n  y: {x: 2, x: 3}\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("r.yaml:3:13: ")
                .hasMessageContaining("duplicate")
                .hasMessageContaining("'x'");
        assertThat(read("a: {x: 1}\nb: {x: 2}\n").get("b").get("x").scalarValue()).isEqualTo(2L);
    }

    @Test
    void nonScalarKeysAreRejected() {
        assertThatThrownBy(() -> read("? [a]\n: 1\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("r.yaml:1:3: setting names must be plain words");
    }

    @Test
    void numbersTooLargeForALongAreReportedAtTheValue() {
        assertThatThrownBy(() -> read("a: 1\nb: 99999999999999999999\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("r.yaml:2:4: not a number: '99999999999999999999'");
    }

    @Test
    void emptyDocumentIsAnEmptyMapping() {
        for (String text : List.of("", "# just a comment\n", "\n\n")) {
            ConfigNode n = read(text);
            assertThat(n.isMap()).as("'%s'", text).isTrue();
            assertThat(n.entries()).isEmpty();
            assertThat(n.mark()).isEqualTo(new Mark("r.yaml", 1, 1));
        }
    }

    @Test
    void aliasesAreResolvedButBillionLaughsIsRefused() {
        assertThat(read("a: &x [1, 2]\nb: *x\n").get("b").toPlain()).isEqualTo(List.of(1L, 2L));
        StringBuilder bomb = new StringBuilder("a: &a [x, x]\n");
        for (int i = 0; i < 12; i++) {
            char prev = (char) ('a' + i);
            char cur = (char) ('b' + i);
            bomb.append(cur).append(": &").append(cur).append(" [*").append(prev).append(", *").append(prev).append("]\n");
        }
        assertThatThrownBy(() -> read(bomb.toString()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("invalid YAML");
    }

    @Test
    void readsAFileWithItsPathAsSource() throws IOException {
        Path f = dir.resolve("recipe.yaml");
        Files.writeString(f, "name: ünïcode\nlist: [1, x]\n");
        ConfigNode n = YamlConfigReader.read(f);
        assertThat(n.get("name").scalarValue()).isEqualTo("ünïcode");
        assertThat(n.get("list").mark()).isEqualTo(new Mark(f.toString(), 2, 7));
        assertThat(n.toPlain()).isEqualTo(Map.of("name", "ünïcode", "list", List.of(1L, "x")));
    }

    @Test
    void aMissingFileIsAConfigException() {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> YamlConfigReader.read(missing))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(missing + ": cannot read ");
    }

    @Test
    void parseValueReadsOneValueAndMarksEveryNodeWithTheGivenMark() {
        Mark m = Mark.of("--set a.b");
        assertThat(YamlConfigReader.parseValue("42", m).scalarValue()).isEqualTo(42L);
        assertThat(YamlConfigReader.parseValue("", m).scalarValue()).isEqualTo("");
        assertThat(YamlConfigReader.parseValue("x > 3 && y", m).scalarValue()).isEqualTo("x > 3 && y");
        ConfigNode list = YamlConfigReader.parseValue("[a, {k: 1}]", m);
        assertThat(list.mark()).isEqualTo(m);
        assertThat(list.items().get(0).mark()).isEqualTo(m);
        assertThat(list.items().get(1).keyMark("k")).isEqualTo(m);
        assertThat(list.items().get(1).get("k").mark()).isEqualTo(m);
        assertThat(list.toPlain()).isEqualTo(Arrays.asList("a", Map.of("k", 1L)));
        assertThatThrownBy(() -> YamlConfigReader.parseValue("[unclosed", m))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("invalid YAML");
    }
}
