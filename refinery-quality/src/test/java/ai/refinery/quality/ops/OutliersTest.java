package ai.refinery.quality.ops;

import static ai.refinery.quality.ops.Recs.rec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import ai.refinery.core.tap.RecordTap;
import ai.refinery.core.testkit.OperatorHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutliersTest {
    private static final ClipOutliers.Provider CLIP = new ClipOutliers.Provider();
    private static final DropOutliers.Provider DROP = new DropOutliers.Provider();

    /** Hours 1..20 as longs, two extremes, a text and a record without the field. */
    private static List<Record> hours() {
        List<Record> out = new ArrayList<>();
        for (long h = 1; h <= 20; h++) out.add(rec("h" + h, "hours", h));
        out.add(rec("low", "hours", -100L));
        out.add(rec("high", "hours", 99.5));
        out.add(rec("text", "hours", "n/a"));
        out.add(rec("missing", "other", 1L));
        return out;
    }

    private static Outliers.Config fit(Outliers.FittingProvider provider, Map<String, ?> settings, List<Record> data) {
        Outliers.Config config = Recs.bind(provider, settings);
        assertThat(provider.needsFit(config)).isTrue();
        RecordTap<?> tap = provider.fitter(config);
        RecordTap.feed(tap, data);
        Outliers.Config fitted = provider.fitted(config, tap);
        assertThat(provider.needsFit(fitted)).isFalse();
        return fitted;
    }

    @Test
    void iqrBoundsAreTukeysFences() {
        // 22 numbers: -100, 1..20, 99.5; Q1 = 5.25 and Q3 = 15.75 (ranks 5.25 and 15.75, interpolated), IQR 10.5
        Outliers.Config fitted = fit(CLIP, Map.of("fields", List.of("hours")), hours());
        assertThat(fitted.bounds().get("hours")).isEqualTo(new Outliers.Bounds(5.25 - 1.5 * 10.5, 15.75 + 1.5 * 10.5));
        assertThat(ConfigBinder.values(fitted)).as("what run.json shows")
                .containsEntry("bounds", Map.of("hours", Map.of("min", -10.5, "max", 31.5)))
                .containsEntry("k", 1.5);
    }

    @Test
    void zscoreAndQuantileBounds() {
        List<Record> data = List.of(rec("a", "x", 1L), rec("b", "x", 2L), rec("c", "x", 3L), rec("d", "x", 4L), rec("e", "x", 5L));
        Outliers.Bounds z = fit(CLIP, Map.of("fields", List.of("x"), "method", "zscore", "k", 2), data).bounds().get("x");
        double s = Math.sqrt(2.5);
        assertThat(z).isEqualTo(new Outliers.Bounds(3 - 2 * s, 3 + 2 * s));
        Outliers.Bounds q = fit(DROP, Map.of("fields", List.of("x"), "method", "quantile", "quantiles", List.of(0.25, 0.9)), data)
                .bounds().get("x");
        assertThat(q).isEqualTo(new Outliers.Bounds(2.0, 4.6));
    }

    @Test
    void clipKeepsLongsWholeAndMarksTheFields() {
        RecordMapper clip = (RecordMapper) Recs.create(CLIP, Map.of("fields", List.of("a", "b"),
                "bounds", Map.of("a", Map.of("min", 32.5, "max", 52.5), "b", Map.of("max", 1.0))));
        Record r = clip.map(rec("1", "a", 60L, "b", 1.5));
        assertThat(r.get("a")).isEqualTo(52L);
        assertThat(r.get("b")).isEqualTo(1.0);
        assertThat(r.meta(ClipOutliers.META_KEY)).isEqualTo(List.of("a", "b"));
        assertThat(clip.map(rec("2", "a", 10L, "b", -7.0)).fields()).as("b has no lower bound")
                .containsExactly(Map.entry("a", 33L), Map.entry("b", -7.0));
        Record inside = rec("3", "a", 40L, "b", Double.NaN);
        assertThat(clip.map(inside)).isSameAs(inside);
        Record text = rec("4", "a", "sixty", "b", null);
        assertThat(clip.map(text)).as("only numbers are clipped").isSameAs(text);
    }

    @Test
    void dropNamesTheFirstFieldOutOfBounds() {
        Outliers.Config fitted = fit(DROP, Map.of("fields", List.of("hours")), hours());
        OperatorHarness.Result r = OperatorHarness.run(DROP.create(fitted, OperatorContext.forTest(1)), hours());
        assertThat(r.droppedIds()).containsExactly("low", "high");
        assertThat(r.dropCounts()).containsExactly(Map.entry("outlier:hours", 2L));
        assertThat(r.kept()).hasSize(hours().size() - 2);
    }

    @Test
    void aFieldThatIsMostlyOneValueIsRefused() {
        List<Record> gains = new ArrayList<>();
        for (int i = 0; i < 100; i++) gains.add(rec("g" + i, "capital_gain", i % 10 == 0 ? 5000L : 0L));
        Outliers.Config config = Recs.bind(CLIP, Map.of("fields", List.of("capital_gain")));
        RecordTap<?> tap = CLIP.fitter(config);
        RecordTap.feed(tap, gains);
        assertThatThrownBy(() -> CLIP.fitted(config, tap))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("clip_outliers: the iqr spread of field 'capital_gain' is 0 (most of its 100 values are 0.0), so every other "
                        + "value would be an outlier; leave the field out, use another method, or give bounds");
    }

    @Test
    void withoutFittingANumberFailsClearly() {
        RecordMapper unfitted = (RecordMapper) Recs.create(CLIP, Map.of("fields", List.of("hours")));
        assertThat(unfitted.map(rec("1", "hours", null)).get("hours")).isNull();
        assertThatThrownBy(() -> unfitted.map(rec("2", "hours", 40L)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("clip_outliers has no bounds for field 'hours': they must be learnt by the engine's fitting pass first, "
                        + "or given as bounds: {hours: {min: ..., max: ...}}");
    }

    @Test
    void tooFewNumbersToLearnFrom() {
        Outliers.Config config = Recs.bind(DROP, Map.of("fields", List.of("hours")));
        RecordTap<?> tap = DROP.fitter(config);
        RecordTap.feed(tap, List.of(rec("1", "hours", "40"), rec("2", "hours", "45")));
        assertThatThrownBy(() -> DROP.fitted(config, tap))
                .hasMessage("drop_outliers cannot learn iqr bounds of field 'hours' from 0 numbers (2 values are texts or other types: "
                        + "cast it first); give bounds: {hours: {min: ..., max: ...}}");
    }
}
