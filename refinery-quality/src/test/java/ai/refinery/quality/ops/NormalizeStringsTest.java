package ai.refinery.quality.ops;

import static ai.refinery.quality.ops.Recs.rec;
import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NormalizeStringsTest {
    private static RecordMapper op(Map<String, ?> settings) {
        return (RecordMapper) Recs.create(new NormalizeStrings.Provider(), settings);
    }

    @Test
    void byDefaultTrimsAndCollapsesEveryTextFieldAndLeavesOtherValues() {
        Record r = op(Map.of()).map(rec("1", "a", "  Ada \t  Lovelace\n", "b", " x ", "n", 3L, "l", List.of(" y ")));
        assertThat(r.fields()).containsExactly(Map.entry("a", "Ada Lovelace"), Map.entry("b", "x"), Map.entry("n", 3L),
                Map.entry("l", List.of(" y ")));
    }

    @Test
    void stripsAdultsTrailingDotsAndTheSpaceAroundThem() {
        RecordMapper op = op(Map.of("fields", List.of("income"), "strip_trailing", "."));
        assertThat(op.map(rec("1", "income", ">50K.")).get("income")).isEqualTo(">50K");
        assertThat(op.map(rec("2", "income", " <=50K. ")).get("income")).isEqualTo("<=50K");
        assertThat(op.map(rec("3", "income", "<=50K")).get("income")).isEqualTo("<=50K");
        assertThat(op.map(rec("4", "income", "x. .")).get("income")).as("strips repeatedly, with the spaces between").isEqualTo("x");
    }

    @Test
    void stripCharsWorksOnBothEndsAndRetrimsWhatItExposes() {
        RecordMapper op = op(Map.of("strip_chars", "\"'"));
        assertThat(op.map(rec("1", "q", "\" quoted '\"")).get("q")).isEqualTo("quoted");
    }

    @Test
    void leavesUnlistedFieldsAlone() {
        Record r = op(Map.of("fields", List.of("a"), "letter_case", "upper")).map(rec("1", "a", " x ", "b", " y "));
        assertThat(r.get("a")).isEqualTo("X");
        assertThat(r.get("b")).isEqualTo(" y ");
    }

    @Test
    void nfkcFoldsFullWidthLettersAndNoBreakSpaces() {
        RecordMapper op = op(Map.of("unicode", "nfkc", "letter_case", "lower"));
        assertThat(op.map(rec("1", "t", "\uff27\uff52\uff41\uff43\uff45\u00a0HOPPER")).get("t")).isEqualTo("grace hopper");
        assertThat(op(Map.of()).map(rec("1", "t", "\uff27")).get("t")).as("without nfkc full-width stays").isEqualTo("\uff27");
    }

    @Test
    void emptyToNullAppliesAfterCleaning() {
        RecordMapper op = op(Map.of("empty_to_null", true, "strip_chars", "-"));
        Record r = op.map(rec("1", "a", "   ", "b", " -- ", "c", "ok"));
        assertThat(r.has("a")).isTrue();
        assertThat(r.get("a")).isNull();
        assertThat(r.get("b")).isNull();
        assertThat(r.get("c")).isEqualTo("ok");
        assertThat(op(Map.of()).map(rec("1", "a", "  ")).get("a")).isEqualTo("");
    }

    @Test
    void withoutTrimInnerRunsCollapseButEndsStay() {
        Record r = op(Map.of("trim", false)).map(rec("1", "a", "  a   b  "));
        assertThat(r.get("a")).isEqualTo(" a b ");
        assertThat(op(Map.of("collapse_whitespace", false)).map(rec("1", "a", "  a   b  ")).get("a")).isEqualTo("a   b");
    }

    @Test
    void returnsTheSameRecordWhenNothingChanges() {
        Record clean = rec("1", "a", "clean", "n", 1L);
        assertThat(op(Map.of()).map(clean)).isSameAs(clean);
    }
}
