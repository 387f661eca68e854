package ai.refinery.quality.ops;

import static ai.refinery.quality.ops.Recs.rec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import ai.refinery.core.tap.RecordTap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ImputeTest {
    private static final Impute.Provider PROVIDER = new Impute.Provider();
    private final long seed = Long.getLong("refinery.test.seed", new SplittableRandom().nextLong());

    private static List<Record> people() {
        return List.of(
                rec("1", "age", 30L, "city", "Berlin", "score", 0.5),
                rec("2", "age", 40L, "city", "Paris", "score", Double.NaN),
                rec("3", "age", null, "city", "Berlin", "score", 1.5),
                rec("4", "age", 45L, "city", null),
                rec("5", "city", "?", "score", 1.0));
    }

    /** Fits on {@code data} as the engine's fitting pass would, one batch per record, and creates the operator. */
    private static Impute.Config fit(Map<String, ?> settings, List<Record> data) {
        Impute.Config config = Recs.bind(PROVIDER, settings);
        assertThat(PROVIDER.needsFit(config)).isTrue();
        RecordTap<?> tap = PROVIDER.fitter(config);
        for (Record r : data) RecordTap.feed(tap, List.of(r));
        Impute.Config fitted = PROVIDER.fitted(config, tap);
        assertThat(PROVIDER.needsFit(fitted)).isFalse();
        return fitted;
    }

    private static RecordMapper create(Impute.Config config) {
        return (RecordMapper) PROVIDER.create(config, OperatorContext.forTest(1));
    }

    @Test
    void medianIsLearntAndShownInTheFittedSettings() {
        Impute.Config fitted = fit(Map.of("fields", List.of("age", "score")), people());
        assertThat(fitted.values()).containsExactly(Map.entry("age", 40.0), Map.entry("score", 1.0));
        assertThat(ConfigBinder.values(fitted)).as("what run.json shows").containsEntry("values", Map.of("age", 40.0, "score", 1.0));
        Record filled = create(fitted).map(people().get(2));
        assertThat(filled.get("age")).isEqualTo(40.0);
        assertThat(filled.meta(Impute.META_KEY)).isEqualTo(List.of("age"));
    }

    @Test
    void meanIsADoubleUnlessRounded() {
        assertThat(fit(Map.of("fields", List.of("age"), "strategy", "mean"), people()).values()).containsEntry("age", 115.0 / 3);
        Impute.Config rounded = fit(Map.of("fields", List.of("age"), "strategy", "mean", "round", true), people());
        assertThat(rounded.values()).containsEntry("age", 38L);
        assertThat(create(rounded).map(rec("x", "age", null)).get("age")).isEqualTo(38L);
        assertThat(fit(Map.of("fields", List.of("age"), "round", true), List.of(rec("a", "age", 1L), rec("b", "age", 2L))).values())
                .as("median 1.5 rounds half to even").containsEntry("age", 2L);
        assertThat(fit(Map.of("fields", List.of("age"), "round", true), List.of(rec("a", "age", 2L), rec("b", "age", 3L))).values())
                .as("median 2.5 rounds half to even").containsEntry("age", 2L);
    }

    @Test
    void modeKeepsTheValueTypeAndFillsAbsentNullAndNaN() {
        Impute.Config fitted = fit(Map.of("fields", List.of("city", "score"), "strategy", "mode"), people());
        assertThat(fitted.values()).containsExactly(Map.entry("city", "Berlin"), Map.entry("score", 0.5));
        RecordMapper op = create(fitted);
        Record r = op.map(rec("x", "score", Double.NaN));
        assertThat(r.fields()).containsExactly(Map.entry("score", 0.5), Map.entry("city", "Berlin"));
        assertThat(r.meta(Impute.META_KEY)).isEqualTo(List.of("city", "score"));
        Record complete = rec("y", "city", "Rome", "score", 2.0);
        assertThat(op.map(complete)).as("nothing missing, nothing changed").isSameAs(complete);
    }

    @Test
    void givenValuesNeedNoFittingAndOnlyTheOthersAreLearnt() {
        Impute.Config given = Recs.bind(PROVIDER, Map.of("fields", List.of("age"), "values", Map.of("age", 0)));
        assertThat(PROVIDER.needsFit(given)).isFalse();
        Impute.Config constant = Recs.bind(PROVIDER, Map.of("fields", List.of("age", "city"), "strategy", "constant", "fill_value", "unknown"));
        assertThat(PROVIDER.needsFit(constant)).isFalse();
        assertThat(create(constant).map(rec("x", "age", null)).get("age")).isEqualTo("unknown");
        Impute.Config partly = fit(Map.of("fields", List.of("age", "score"), "values", Map.of("score", 9.0)), people());
        assertThat(partly.values()).containsExactly(Map.entry("age", 40.0), Map.entry("score", 9.0));
    }

    @Test
    void secondStepAppendsToTheImputedList() {
        RecordMapper first = (RecordMapper) Recs.create(PROVIDER, Map.of("fields", List.of("a"), "values", Map.of("a", 1)));
        RecordMapper second = (RecordMapper) Recs.create(PROVIDER, Map.of("fields", List.of("b"), "strategy", "constant", "fill_value", "x"));
        Record r = second.map(first.map(rec("1", "a", null, "b", null)));
        assertThat(r.meta(Impute.META_KEY)).isEqualTo(List.of("a", "b"));
        RecordMapper unmarked = (RecordMapper) Recs.create(PROVIDER, Map.of("fields", List.of("a"), "values", Map.of("a", 1), "mark", false));
        assertThat(unmarked.map(rec("1", "a", null)).meta()).isEmpty();
    }

    @Test
    void withoutFittingAMissingValueFailsClearly() {
        RecordMapper unfitted = create(Recs.bind(PROVIDER, Map.of("fields", List.of("age"))));
        assertThat(unfitted.map(rec("1", "age", 3L)).get("age")).as("present values need no fill").isEqualTo(3L);
        assertThatThrownBy(() -> unfitted.map(rec("2", "age", null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("impute has no fill value for field 'age': the median must be learnt by the engine's fitting pass first, "
                        + "or given as values: {age: ...}");
    }

    @Test
    void nothingToLearnNamesTheFieldAndWhatToDo() {
        Impute.Config median = Recs.bind(PROVIDER, Map.of("fields", List.of("city")));
        RecordTap<?> tap = PROVIDER.fitter(median);
        RecordTap.feed(tap, people());
        assertThatThrownBy(() -> PROVIDER.fitted(median, tap))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("impute cannot learn the median of field 'city': it has no numbers "
                        + "(4 values are texts or other types: cast it, or use strategy: mode)");
        Impute.Config mode = Recs.bind(PROVIDER, Map.of("fields", List.of("nowhere"), "strategy", "mode"));
        RecordTap<?> empty = PROVIDER.fitter(mode);
        RecordTap.feed(empty, people());
        assertThatThrownBy(() -> PROVIDER.fitted(mode, empty))
                .hasMessage("impute cannot learn the mode of field 'nowhere': no values among 0 values; "
                        + "check the field name, or give values: {nowhere: ...}");
    }

    @Test
    void fittedValuesDoNotDependOnBatching() {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Record> data = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            data.add(rec("r" + i, "x", rnd.nextInt(10) == 0 ? null : (Object) (rnd.nextGaussian() * 50),
                    "c", "k" + rnd.nextInt(rnd.nextBoolean() ? 3 : 40)));
        }
        for (String strategy : List.of("mean", "median", "mode")) {
            Impute.Config config = Recs.bind(PROVIDER, Map.of("fields", List.of("x", "c"), "strategy", strategy));
            RecordTap<?> whole = PROVIDER.fitter(config);
            RecordTap.feed(whole, data);
            RecordTap<?> batched = PROVIDER.fitter(config);
            for (int from = 0; from < data.size(); ) {
                int to = Math.min(data.size(), from + 1 + rnd.nextInt(500));
                RecordTap.feed(batched, data.subList(from, to));
                from = to;
            }
            if (strategy.equals("mode")) {
                assertThat(PROVIDER.fitted(config, batched).values()).as("seed=" + seed).isEqualTo(PROVIDER.fitted(config, whole).values());
            } else {
                Impute.Config onlyX = Recs.bind(PROVIDER, Map.of("fields", List.of("x"), "strategy", strategy));
                RecordTap<?> w = PROVIDER.fitter(onlyX);
                RecordTap.feed(w, data);
                RecordTap<?> b = PROVIDER.fitter(onlyX);
                for (int from = 0; from < data.size(); from += 97) RecordTap.feed(b, data.subList(from, Math.min(data.size(), from + 97)));
                assertThat(PROVIDER.fitted(onlyX, b).values()).as("seed=" + seed + " " + strategy).isEqualTo(PROVIDER.fitted(onlyX, w).values());
            }
        }
    }
}
