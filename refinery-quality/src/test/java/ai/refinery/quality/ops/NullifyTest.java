package ai.refinery.quality.ops;

import static ai.refinery.quality.ops.Recs.rec;
import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NullifyTest {
    private static RecordMapper op(Map<String, ?> settings) {
        return (RecordMapper) Recs.create(new Nullify.Provider(), settings);
    }

    @Test
    void defaultPlaceholdersBecomeNullInEveryField() {
        Record r = op(Map.of()).map(rec("1", "a", "?", "b", " N/A ", "c", "", "d", "-", "e", "Private", "f", 0L, "g", "nan"));
        assertThat(r.get("a")).isNull();
        assertThat(r.get("b")).isNull();
        assertThat(r.get("c")).isNull();
        assertThat(r.get("d")).isNull();
        assertThat(r.get("g")).isNull();
        assertThat(r.get("e")).isEqualTo("Private");
        assertThat(r.get("f")).isEqualTo(0L);
        assertThat(r.fieldNames()).as("fields stay, with null").containsExactly("a", "b", "c", "d", "e", "f", "g");
        assertThat(r.meta()).as("no meta unless mark").isEmpty();
    }

    @Test
    void sentinelNumbersMatchNumericallyButNotTexts() {
        RecordMapper op = op(Map.of("values", List.of(-1, 999)));
        Record r = op.map(rec("1", "a", -1L, "b", 999.0, "c", "999", "d", 998L));
        assertThat(r.get("a")).isNull();
        assertThat(r.get("b")).isNull();
        assertThat(r.get("c")).isEqualTo("999");
        assertThat(r.get("d")).isEqualTo(998L);
    }

    @Test
    void caseInsensitiveAndUntrimmedMatching() {
        assertThat(op(Map.of("values", List.of("N/A"), "case_insensitive", true)).map(rec("1", "a", "n/a")).get("a")).isNull();
        assertThat(op(Map.of("values", List.of("N/A"))).map(rec("1", "a", "n/a")).get("a")).isEqualTo("n/a");
        assertThat(op(Map.of("values", List.of("?"), "trim", false)).map(rec("1", "a", " ? ")).get("a")).isEqualTo(" ? ");
    }

    @Test
    void onlyListedFieldsAndMetaWhenMarked() {
        Record r = op(Map.of("fields", List.of("workclass", "occupation"), "values", List.of("?"), "mark", true))
                .map(rec("1", "workclass", "?", "occupation", "?", "native_country", "?"));
        assertThat(r.get("workclass")).isNull();
        assertThat(r.get("occupation")).isNull();
        assertThat(r.get("native_country")).isEqualTo("?");
        assertThat(r.meta(Nullify.META_KEY)).isEqualTo(List.of("workclass", "occupation"));
    }

    @Test
    void returnsTheSameRecordWhenNothingMatches() {
        Record clean = rec("1", "a", "x");
        assertThat(op(Map.of("mark", true)).map(clean)).isSameAs(clean);
    }
}
