package ai.refinery.quality.ops;

import static ai.refinery.quality.ops.Recs.rec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MapValuesTest {
    private static final Map<String, Object> SEX = Recs.ordered("Male", List.of("M", "male", "man"), "Female", List.of("F", "female", "woman"));

    private static RecordMapper op(Map<String, ?> settings) {
        return (RecordMapper) Recs.create(new MapValues.Provider(), settings);
    }

    private static Object mapped(RecordMapper op, Object value) {
        return op.map(rec("1", "sex", value)).get("sex");
    }

    @Test
    void synonymsBecomeTheirCanonicalValue() {
        RecordMapper op = op(Map.of("fields", List.of("sex"), "mapping", SEX));
        assertThat(mapped(op, "M")).isEqualTo("Male");
        assertThat(mapped(op, " woman ")).as("trimmed").isEqualTo("Female");
        assertThat(mapped(op, "Female")).as("a canonical value maps to itself").isEqualTo("Female");
        assertThat(mapped(op, "MAN")).as("case matters by default").isEqualTo("MAN");
    }

    @Test
    void caseInsensitiveMatchesAnyCase() {
        RecordMapper op = op(Map.of("fields", List.of("sex"), "mapping", SEX, "case_insensitive", true));
        assertThat(mapped(op, "MAN")).isEqualTo("Male");
        assertThat(mapped(op, "fEmAlE")).isEqualTo("Female");
        assertThat(mapped(op, "f")).isEqualTo("Female");
    }

    @Test
    void unmappedValuesAreKeptNulledOrQuarantined() {
        Map<String, Object> base = Map.of("fields", List.of("sex"), "mapping", SEX);
        assertThat(mapped(op(base), "x")).isEqualTo("x");
        assertThat(mapped(op(Map.of("fields", List.of("sex"), "mapping", SEX, "unmapped", "set_null")), "x")).isNull();
        RecordMapper strict = op(Map.of("fields", List.of("sex"), "mapping", SEX, "unmapped", "quarantine"));
        assertThatThrownBy(() -> strict.map(rec("1", "sex", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field 'sex' value 'x' is in no synonym list of 'mapping' (canonical values: [Male, Female]); "
                        + "add it to a list, or set unmapped: keep or set_null");
        assertThat(strict.map(rec("2", "sex", null)).get("sex")).as("null is missing, not unmapped").isNull();
    }

    @Test
    void numbersAndBooleansCompareAsText() {
        RecordMapper op = op(Map.of("fields", List.of("smoker"), "mapping", Map.of("yes", List.of(1, "y", true), "no", List.of(0, "n"))));
        assertThat(op.map(rec("1", "smoker", 1L)).get("smoker")).isEqualTo("yes");
        assertThat(op.map(rec("2", "smoker", true)).get("smoker")).isEqualTo("yes");
        assertThat(op.map(rec("3", "smoker", 0L)).get("smoker")).isEqualTo("no");
    }

    @Test
    void aSynonymUnderTwoValuesIsRefusedNamingBoth() {
        assertThatThrownBy(() -> Recs.bind(new MapValues.Provider(),
                Map.of("fields", List.of("sex"), "mapping", Recs.ordered("Male", List.of("x"), "Female", List.of(" x")))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'mapping' maps ' x' to both 'Male' and 'Female' (as compared: 'x'); list it under one value only");
    }

    @Test
    void unchangedRecordsAreReturnedAsIs() {
        Record r = rec("1", "sex", "Male");
        assertThat(op(Map.of("fields", List.of("sex"), "mapping", SEX)).map(r)).isSameAs(r);
    }
}
