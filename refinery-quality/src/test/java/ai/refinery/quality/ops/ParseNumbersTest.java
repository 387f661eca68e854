package ai.refinery.quality.ops;

import static ai.refinery.quality.ops.Recs.rec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.testkit.OperatorHarness;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParseNumbersTest {
    private static RecordMapper op(Map<String, ?> extra) {
        Map<String, Object> s = new HashMap<>(Map.of("fields", List.of("n")));
        s.putAll(extra);
        return (RecordMapper) Recs.create(new ParseNumbers.Provider(), s);
    }

    private static Object parsed(RecordMapper op, Object value) {
        return op.map(rec("1", "n", value)).get("n");
    }

    @Test
    void englishGroupingAndDecimals() {
        RecordMapper op = op(Map.of());
        assertThat(parsed(op, "1,234.5")).isEqualTo(1234.5);
        assertThat(parsed(op, "1234.5")).isEqualTo(1234.5);
        assertThat(parsed(op, "-0.25")).isEqualTo(-0.25);
        assertThat(parsed(op, ".5")).isEqualTo(0.5);
        assertThat(parsed(op, "1.5e3")).isEqualTo(1500.0);
        assertThat(parsed(op, "12,345,678")).isEqualTo(12345678.0);
        assertThat(parsed(op, 7L)).as("typed numbers become the target type").isEqualTo(7.0);
        assertThat(parsed(op, "  ")).as("blank is missing").isNull();
    }

    @Test
    void localesSwapTheSeparators() {
        assertThat(parsed(op(Map.of("locale", "de")), "1.234,5")).isEqualTo(1234.5);
        assertThat(parsed(op(Map.of("locale", "fr")), "1\u202f234,5")).isEqualTo(1234.5);
        assertThat(parsed(op(Map.of("locale", "fr")), "1 234,5")).as("a plain space for the narrow no-break space").isEqualTo(1234.5);
        assertThat(parsed(op(Map.of("locale", "de-CH")), "1'234.5")).isEqualTo(1234.5);
        assertThat(parsed(op(Map.of("decimal_separator", ",", "grouping_separator", ".")), "1.234,5")).isEqualTo(1234.5);
    }

    @Test
    void currencyPercentAndParentheses() {
        RecordMapper op = op(Map.of("parentheses", true));
        assertThat(parsed(op, "$1,200")).isEqualTo(1200.0);
        assertThat(parsed(op, "-$5")).isEqualTo(-5.0);
        assertThat(parsed(op, "€ -5")).isEqualTo(-5.0);
        assertThat(parsed(op, "12.50 USD")).isEqualTo(12.5);
        assertThat(parsed(op, "(1,234.00)")).isEqualTo(-1234.0);
        assertThat(parsed(op, "12.5%")).isEqualTo(0.125);
        assertThat(parsed(op(Map.of("percent", "strip")), "12.5 %")).isEqualTo(12.5);
        assertThat(parsed(op(Map.of("locale", "de")), "12,50 €")).isEqualTo(12.5);
    }

    @Test
    void longsMustBeWhole() {
        RecordMapper op = op(Map.of("type", "long"));
        assertThat(parsed(op, "1,234")).isEqualTo(1234L);
        assertThat(parsed(op, "1.2e3")).isEqualTo(1200L);
        assertThat(parsed(op, 3.0)).isEqualTo(3L);
        assertThatThrownBy(() -> op.map(rec("1", "n", "1.5")))
                .hasMessage("field 'n' value '1.5' is not a number in locale en: it has a fraction (use type: double); fix the data, "
                        + "set locale or the separators, or set on_error: set_null or keep, or drop such records first with drop_unparseable_numbers");
    }

    @Test
    void guessesAreRefused() {
        RecordMapper op = op(Map.of());
        assertThatThrownBy(() -> op.map(rec("1", "n", "1,5")))
                .hasMessageContaining("value '1,5' is not a number in locale en: it has digits grouped by other than three (decimal '.', grouping ',')");
        assertThatThrownBy(() -> op.map(rec("1", "n", "12abc"))).hasMessageContaining("it has 'abc' after the number");
        assertThatThrownBy(() -> op.map(rec("1", "n", "1.234,5"))).hasMessageContaining("it has ',5' after the number");
        assertThatThrownBy(() -> op.map(rec("1", "n", "(5)"))).as("parentheses are off by default").hasMessageContaining("it has no digits");
        assertThatThrownBy(() -> op(Map.of("currency", false)).map(rec("1", "n", "$5"))).hasMessageContaining("set currency: true");
        assertThatThrownBy(() -> op(Map.of("percent", "reject")).map(rec("1", "n", "5%"))).hasMessageContaining("has a percent sign");
        assertThatThrownBy(() -> op.map(rec("1", "n", "1e999"))).hasMessageContaining("beyond the range of double");
        assertThatThrownBy(() -> op.map(rec("1", "n", true))).hasMessageContaining("value true (boolean) is not a number");
    }

    @Test
    void onErrorSetNullOrKeep() {
        assertThat(parsed(op(Map.of("on_error", "set_null")), "n/a")).isNull();
        assertThat(parsed(op(Map.of("on_error", "keep")), "n/a")).isEqualTo("n/a");
    }

    @Test
    void dropUnparseableNumbersNamesTheField() {
        RecordFilter drop = (RecordFilter) Recs.create(new DropUnparseableNumbers.Provider(),
                Map.of("fields", List.of("price", "qty"), "type", "long"));
        OperatorHarness.Result r = OperatorHarness.run(drop, List.of(
                rec("ok", "price", "1,200", "qty", 3L),
                rec("bad-price", "price", "12abc", "qty", 3L),
                rec("bad-qty", "price", "5", "qty", "2.5"),
                rec("blank", "price", " ", "qty", null)));
        assertThat(r.keptIds()).containsExactly("ok", "blank");
        assertThat(r.dropCounts()).containsExactly(Map.entry("unparseable_number:price", 1L), Map.entry("unparseable_number:qty", 1L));
    }
}
