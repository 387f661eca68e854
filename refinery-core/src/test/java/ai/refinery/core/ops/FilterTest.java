package ai.refinery.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.ConfigMaps;
import ai.refinery.core.testkit.OperatorHarness;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterTest {

    private static RecordFilter filter(Map<String, Object> settings) {
        return (RecordFilter) ConfigMaps.create(new Filter.Provider(), settings, OperatorContext.forTest(1));
    }

    @Test
    void keepsTrueDropsFalseAndNull() {
        RecordFilter f = filter(Map.of("where", "age >= 18"));
        assertThat(f.dropReason(Record.builder("a").set("age", 30L).build())).isNull();
        assertThat(f.dropReason(Record.builder("b").set("age", 3L).build())).isEqualTo("filter");
        assertThat(f.dropReason(Record.builder("c").build())).isEqualTo("filter");
    }

    @Test
    void usesTheConfiguredReason() {
        RecordFilter f = filter(Map.of("where", "len(text) >= 5", "reason", "too_short"));
        var r = OperatorHarness.run(f, SampleRecords.people().stream().map(p -> p.with("text", p.id().equals("p1") ? "long enough" : "tiny")).toList());
        assertThat(r.keptIds()).containsExactly("p1");
        assertThat(r.dropCounts()).containsOnlyKeys("too_short");
    }

    @Test
    void badExpressionsFailWhenTheRecipeLoads() {
        assertThatThrownBy(() -> filter(Map.of("where", "age > (3")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'where' is not a valid expression: expected ')' at column 9 of 'age > (3'");
        assertThatThrownBy(() -> filter(Map.of("where", "lenght(text) > 3")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("did you mean 'len'?");
    }

    @Test
    void recordsTheExpressionCannotEvaluateFailWithAClearMessage() {
        RecordFilter f = filter(Map.of("where", "age > 18"));
        var r = OperatorHarness.run(f, java.util.List.of(Record.builder("x").set("age", "old").build()));
        assertThat(r.quarantined()).singleElement().satisfies(q -> assertThat(q.error())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot compare text 'old' with number 18 using '>'; compare values of the same kind at column 5 of 'age > 18'"));
    }

    @Test
    void nonConditionsFailPerRecord() {
        RecordFilter f = filter(Map.of("where", "age"));
        assertThatThrownBy(() -> f.dropReason(Record.builder("x").set("age", 3L).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected a condition (true or false) but it gives number 3");
        assertThat(f.dropReason(Record.builder("y").set("age", true).build())).isNull();
    }
}
