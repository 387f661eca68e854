package ai.refinery.quality.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.record.Record;
import ai.refinery.core.tap.RecordTap;
import ai.refinery.quality.profile.DatasetProfile;
import ai.refinery.quality.profile.DatasetProfiler;
import ai.refinery.quality.profile.ProfileOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each rule on a profile made for it, and the suggestions of one whole profile. */
class ConstraintSuggesterTest {
    private static DatasetProfile profile(int rows, IntFunction<Record> row, String label) {
        DatasetProfiler p = new DatasetProfiler(ProfileOptions.defaults().withLabelColumn(label));
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < rows; i++) records.add(row.apply(i));
        RecordTap.feed(p, records);
        return p.result();
    }

    private static Record.Builder row(int i) {
        return Record.builder("r" + i);
    }

    private static List<Suggestion> suggest(DatasetProfile p, String column, String kind) {
        return new ConstraintSuggester().suggest(p).stream()
                .filter(s -> column.equals(s.column()) && s.kind().equals(kind)).collect(Collectors.toList());
    }

    @Test
    void aCompleteColumnShouldStayComplete() {
        DatasetProfile p = profile(50, i -> row(i).set("a", i).set("b", i % 2 == 0 ? null : "x").build(), null);

        assertThat(new CompleteIfCompleteRule().apply(p.column("a"), p).orElseThrow().check())
                .containsExactly(Map.entry("check", "completeness"), Map.entry("column", "a"), Map.entry("min", 1.0));
        assertThat(new CompleteIfCompleteRule().apply(p.column("b"), p)).isEmpty();
    }

    @Test
    void aPartlyCompleteColumnKeepsTheWilsonLowerBoundOfItsCompleteness() {
        // 900 of 1000 rows: Wilson 95% lower bound (0.9 + 1.96^2/2000 - 1.96*sqrt(0.09/1000 + 1.96^2/4e6)) / (1 + 1.96^2/1000)
        DatasetProfile p = profile(1000, i -> row(i).set("c", i % 10 == 0 ? null : "v").build(), null);
        double z = 1.96;
        double n = 1000;
        double wilson = (0.9 + z * z / (2 * n) - z * Math.sqrt(0.9 * 0.1 / n + z * z / (4 * n * n))) / (1 + z * z / n);

        Suggestion s = new RetainCompletenessRule().apply(p.column("c"), p).orElseThrow();

        assertThat(wilson).isCloseTo(0.879848, org.assertj.core.api.Assertions.within(1e-6)); // worked by hand
        assertThat(s.check()).containsEntry("min", Math.floor(wilson * 100) / 100);
        assertThat(s.reason()).contains("90%").contains("1000 rows");
    }

    @Test
    void retainCompletenessNeedsAtLeastTwentyPercentAndIsNotForCompleteColumns() {
        DatasetProfile p = profile(100, i -> row(i).set("sparse", i < 19 ? "v" : null).set("full", 1).build(), null);

        assertThat(new RetainCompletenessRule().apply(p.column("sparse"), p)).isEmpty();
        assertThat(new RetainCompletenessRule().apply(p.column("full"), p)).isEmpty();
    }

    @Test
    void aCompleteColumnOfDistinctValuesIsUnique() {
        DatasetProfile p = profile(5000, i -> row(i).set("id", "id-" + i).set("dup", "d" + (i % 4000)).build(), null);

        assertThat(p.column("id").topValuesExact()).as("sketch mode: HLL bounds decide").isFalse();
        assertThat(suggest(p, "id", "unique")).singleElement().extracting(Suggestion::check)
                .isEqualTo(Map.of("check", "unique", "column", "id"));
        assertThat(suggest(p, "dup", "unique")).isEmpty();
    }

    @Test
    void aSmallExactColumnIsUniqueOnlyWhenEveryValueDiffers() {
        DatasetProfile p = profile(10, i -> row(i).set("k", (long) i).set("j", (long) (i / 2)).build(), null);

        assertThat(new UniqueIfApproximatelyUniqueRule().apply(p.column("k"), p)).isPresent();
        assertThat(new UniqueIfApproximatelyUniqueRule().apply(p.column("j"), p)).isEmpty();
    }

    @Test
    void aColumnOfFewRepeatedValuesIsCategorical() {
        String[] colours = {"red", "green", "blue"};
        DatasetProfile p = profile(300, i -> row(i).set("colour", colours[i % 3]).set("word", "w" + i).build(), null);

        Suggestion s = new CategoricalRangeRule().apply(p.column("colour"), p).orElseThrow();

        assertThat(s.check()).containsEntry("values", List.of("red", "green", "blue")).doesNotContainKey("mostly");
        assertThat(new CategoricalRangeRule().apply(p.column("word"), p)).as("300 values, each seen once").isEmpty();
    }

    @Test
    void valuesSeenOnceDisqualifyASmallSample() {
        // 12 distinct values, 3 of them seen once: more than 10%
        DatasetProfile p = profile(21, i -> row(i).set("v", "v" + (i < 18 ? i / 2 : i - 9)).build(), null);

        assertThat(p.column("v").distinct()).isEqualTo(12.0);
        assertThat(new CategoricalRangeRule().apply(p.column("v"), p)).isEmpty();
    }

    @Test
    void topValuesCoveringNinetyPercentGiveValuesInWithMostly() {
        // 95% of 2000 rows in 5 values, the rest in 100 rare values seen once each
        DatasetProfile p = profile(2000, i -> row(i).set("v", i % 20 == 0 ? "rare" + i / 20 : "c" + (i % 5)).build(), null);

        Suggestion s = new FractionalCategoricalRangeRule().apply(p.column("v"), p).orElseThrow();

        @SuppressWarnings("unchecked")
        List<Object> values = (List<Object>) s.check().get("values");
        assertThat(values).hasSize(20);
        assertThat(values.subList(0, 5)).containsExactlyInAnyOrder("c0", "c1", "c2", "c3", "c4");
        double coverage = (1900 + 15) / 2000.0; // the 5 common values and 15 rare ones
        assertThat((Double) s.check().get("mostly")).isLessThan(coverage).isGreaterThan(coverage - 0.03);
        assertThat(new CategoricalRangeRule().apply(p.column("v"), p)).isEmpty();
    }

    @Test
    void nonNegativeNumbersGetBetweenWithOnlyAMinimum() {
        DatasetProfile p = profile(100, i -> row(i).set("age", (long) i).set("delta", i - 50.0).set("mixed", i % 2 == 0 ? (Object) 1L : "x").build(), null);

        assertThat(new NonNegativeNumbersRule().apply(p.column("age"), p).orElseThrow().check())
                .containsExactly(Map.entry("check", "between"), Map.entry("column", "age"), Map.entry("min", 0));
        assertThat(new NonNegativeNumbersRule().apply(p.column("delta"), p)).isEmpty();
        assertThat(new NonNegativeNumbersRule().apply(p.column("mixed"), p)).as("not all numbers").isEmpty();
    }

    @Test
    void aColumnOfOneTypeKeepsIt() {
        DatasetProfile p = profile(10, i -> row(i).set("n", i).set("m", i % 2 == 0 ? (Object) 1L : 1.5).build(), null);

        assertThat(new RetainTypeRule().apply(p.column("n"), p).orElseThrow().check()).containsEntry("type", "long");
        assertThat(new RetainTypeRule().apply(p.column("m"), p)).isEmpty();
    }

    @Test
    void theLabelColumnKeepsItsClassBalanceRoundedUp() {
        // 63 / 20 = 3.15, rounded up to 3.2
        DatasetProfile p = profile(83, i -> row(i).set("y", i < 63 ? "no" : "yes").build(), "y");

        Suggestion s = new ClassBalanceRule().apply(p.column("y"), p).orElseThrow();

        assertThat(s.check()).containsEntry("max_ratio", 3.2);
        assertThat(s.reason()).contains("3.15");
        assertThat(new ClassBalanceRule().apply(p.column("y"), profile(3, i -> row(i).set("y", "a").build(), null))).isEmpty();
    }

    @Test
    void suggestionsComeColumnByColumnInRuleOrder() {
        DatasetProfile p = profile(200, i -> row(i).set("id", "u" + i).set("grade", "g" + (i % 3)).build(), "grade");

        List<String> kinds = new ConstraintSuggester().suggest(p).stream().map(s -> s.column() + ":" + s.kind()).collect(Collectors.toList());

        assertThat(kinds).containsExactly("id:completeness", "id:type", "id:unique",
                "grade:completeness", "grade:type", "grade:values_in", "grade:class_balance");
    }
}
