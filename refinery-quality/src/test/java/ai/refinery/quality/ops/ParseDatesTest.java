package ai.refinery.quality.ops;

import static ai.refinery.quality.ops.Recs.rec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorHarness;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParseDatesTest {
    private static final List<String> FORMATS = List.of("iso", "dd/MM/uuuu", "d MMM yyyy", "dd.MM.yyyy HH:mm", "epoch_seconds");

    private static RecordMapper op(Map<String, ?> extra) {
        Map<String, Object> s = new HashMap<>(Map.of("fields", List.of("when"), "formats", FORMATS));
        s.putAll(extra);
        return (RecordMapper) Recs.create(new ParseDates.Provider(), s);
    }

    private static Object parsed(RecordMapper op, Object value) {
        return op.map(rec("1", "when", value)).get("when");
    }

    @Test
    void unifiesMixedFormatsIntoIsoDatesAndDateTimes() {
        RecordMapper op = op(Map.of());
        assertThat(parsed(op, "2024-03-01")).isEqualTo("2024-03-01");
        assertThat(parsed(op, "01/03/2024")).isEqualTo("2024-03-01");
        assertThat(parsed(op, "1 mar 2024")).as("month names in any case").isEqualTo("2024-03-01");
        assertThat(parsed(op, " 1 MAR 2024 ")).as("trimmed").isEqualTo("2024-03-01");
        assertThat(parsed(op, "01.03.2024 10:15")).isEqualTo("2024-03-01T10:15:00");
        assertThat(parsed(op, "2024-03-01T10:15:30.5")).isEqualTo("2024-03-01T10:15:30.5");
    }

    @Test
    void valuesWithAnOffsetAreConvertedToTheZoneAndEpochsAreInstants() {
        RecordMapper utc = op(Map.of());
        assertThat(parsed(utc, "2024-03-01T10:15:00+02:00")).isEqualTo("2024-03-01T08:15:00");
        assertThat(parsed(utc, 1709251200L)).isEqualTo("2024-03-01T00:00:00");
        assertThat(parsed(utc, "1709251200")).as("digits in text").isEqualTo("2024-03-01T00:00:00");
        RecordMapper berlin = op(Map.of("zone", "Europe/Berlin", "output", "iso_offset_date_time"));
        assertThat(parsed(berlin, "2024-03-01T10:15:00Z")).isEqualTo("2024-03-01T11:15:00+01:00");
        assertThat(parsed(berlin, "2024-07-01")).as("a date starts its day in the zone").isEqualTo("2024-07-01T00:00:00+02:00");
    }

    @Test
    void outputsEpochsInstantsAndPatterns() {
        assertThat(parsed(op(Map.of("output", "epoch_seconds")), "01/03/2024")).isEqualTo(1709251200L);
        assertThat(parsed(op(Map.of("output", "epoch_millis", "zone", "+01:00")), "01/03/2024")).isEqualTo(1709247600000L);
        assertThat(parsed(op(Map.of("output", "iso_instant", "zone", "Europe/Berlin")), "01.03.2024 10:15"))
                .isEqualTo("2024-03-01T09:15:00Z");
        assertThat(parsed(op(Map.of("output", "EEEE d MMMM uuuu", "locale", "de")), "2024-03-01")).isEqualTo("Freitag 1 März 2024");
        assertThat(parsed(op(Map.of("output", "iso_date")), "01.03.2024 23:59")).isEqualTo("2024-03-01");
    }

    @Test
    void impossibleDatesAreQuarantinedWithTheFieldValueFormatsAndReason() {
        assertThatThrownBy(() -> op(Map.of()).map(rec("1", "when", "31/02/2024")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field 'when' value '31/02/2024' matches none of the formats "
                        + "[iso, dd/MM/uuuu, d MMM yyyy, dd.MM.yyyy HH:mm, epoch_seconds] (dd/MM/uuuu: Invalid date 'FEBRUARY 31'); "
                        + "add its format to 'formats', or set on_error: set_null or keep, or drop such records first with drop_unparseable_dates");
        assertThatThrownBy(() -> op(Map.of()).map(rec("1", "when", true)))
                .hasMessageStartingWith("field 'when' value true (boolean) matches none of the formats");
    }

    @Test
    void onErrorSetNullOrKeep() {
        assertThat(parsed(op(Map.of("on_error", "set_null")), "soon")).isNull();
        assertThat(parsed(op(Map.of("on_error", "keep")), "soon")).isEqualTo("soon");
        assertThat(parsed(op(Map.of()), null)).as("null stays null").isNull();
        Record absent = rec("1", "other", "x");
        assertThat(op(Map.of()).map(absent)).isSameAs(absent);
    }

    @Test
    void numbersAreNotDatesUnlessAnEpochFormatIsGiven() {
        RecordMapper isoOnly = (RecordMapper) Recs.create(new ParseDates.Provider(),
                Map.of("fields", List.of("when"), "on_error", "set_null"));
        assertThat(parsed(isoOnly, 1709251200L)).isNull();
        RecordMapper millis = (RecordMapper) Recs.create(new ParseDates.Provider(),
                Map.of("fields", List.of("when"), "formats", List.of("epoch_millis")));
        assertThat(parsed(millis, 1709251200123L)).isEqualTo("2024-03-01T00:00:00.123");
        assertThat(parsed(millis, 1.5)).isEqualTo("1970-01-01T00:00:00.0015");
    }

    @Test
    void dropUnparseableDatesDropsWithTheFieldInTheReasonAndKeepsMissingValues() {
        RecordFilter drop = (RecordFilter) Recs.create(new DropUnparseableDates.Provider(),
                Map.of("fields", List.of("born", "died"), "formats", List.of("iso", "dd/MM/uuuu")));
        OperatorHarness.Result r = OperatorHarness.run(drop, List.of(
                rec("ok", "born", "1815-12-10", "died", "27/11/1852"),
                rec("bad-born", "born", "31/02/1815", "died", "27/11/1852"),
                rec("bad-died", "born", "1815-12-10", "died", "Nov 1852"),
                rec("missing", "born", null)));
        assertThat(r.keptIds()).containsExactly("ok", "missing");
        assertThat(r.dropCounts()).containsExactly(Map.entry("unparseable_date:born", 1L), Map.entry("unparseable_date:died", 1L));
    }
}
