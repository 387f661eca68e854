package ai.refinery.quality.profile;

import static ai.refinery.quality.profile.Profiles.MISSING;
import static ai.refinery.quality.profile.Profiles.profile;
import static ai.refinery.quality.profile.Profiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.refinery.core.record.Record;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Profiles of small tables whose every figure was worked out by hand. */
class ProfileExactValuesTest {
    private static final List<Record> PEOPLE = List.of(
            row("r1", "id", "a", "age", 20, "score", 1.5, "city", "Paris", "ok", true),
            row("r2", "id", "b", "age", 30, "score", 2.5, "city", "Paris", "ok", MISSING),
            row("r3", "id", "c", "age", null, "score", 3.5, "city", "Lyon", "ok", false),
            row("r4", "id", "d", "age", 40, "score", MISSING, "city", "Nice", "extra", List.of(1, 2)));

    @Test
    void countsNullsAndTypesPerColumnInFirstSeenOrder() {
        DatasetProfile p = profile(ProfileOptions.defaults(), PEOPLE);

        assertThat(p.rows()).isEqualTo(4);
        assertThat(p.columns().keySet()).containsExactly("id", "age", "score", "city", "ok", "extra");
        ColumnProfile age = p.column("age");
        assertThat(age.count()).isEqualTo(3);
        assertThat(age.nulls()).isEqualTo(1);
        assertThat(age.completeness()).isEqualTo(0.75);
        assertThat(age.types()).isEqualTo(Map.of("long", 3L));
        assertThat(p.column("ok").completeness()).isEqualTo(0.5);
        assertThat(p.column("ok").types()).isEqualTo(Map.of("boolean", 2L));
        assertThat(p.column("ok").numeric()).as("booleans are not numbers").isNull();
        assertThat(p.column("extra").types()).isEqualTo(Map.of("list", 1L));
        assertThat(p.column("nope")).isNull();
    }

    @Test
    void distinctIsExactWhileValuesAreCountedExactly() {
        DatasetProfile p = profile(ProfileOptions.defaults(), PEOPLE);

        ColumnProfile city = p.column("city");
        assertThat(city.distinct()).isEqualTo(3.0);
        assertThat(city.distinctLowerBound()).isEqualTo(3.0);
        assertThat(city.distinctUpperBound()).isEqualTo(3.0);
        assertThat(city.distinctness()).isEqualTo(0.75);
        ColumnProfile extra = p.column("extra");
        assertThat(extra.distinctLowerBound()).isLessThanOrEqualTo(1.0);
        assertThat(extra.distinctUpperBound()).isGreaterThanOrEqualTo(1.0);
        assertThat(extra.topValues()).as("lists only count towards distinct").isEmpty();
    }

    @Test
    void numericStatisticsOfALongColumnAreLongsWhereExact() {
        NumericProfile age = profile(ProfileOptions.defaults(), PEOPLE).column("age").numeric();

        assertThat(age.count()).isEqualTo(3);
        assertThat(age.min()).isEqualTo(20L);
        assertThat(age.max()).isEqualTo(40L);
        assertThat(age.sum()).isEqualTo(90L);
        assertThat(age.mean()).isEqualTo(30.0);
        // population: sqrt(((20-30)^2 + 0 + (40-30)^2) / 3)
        assertThat(age.stddev()).isCloseTo(Math.sqrt(200.0 / 3), within(1e-12));
        assertThat(age.quantile(0.5)).isEqualTo(30.0);
        assertThat(age.quantile(0.01)).isEqualTo(20.0);
        assertThat(age.quantile(0.99)).isEqualTo(40.0);
        assertThat(age.quantiles().keySet()).containsExactlyElementsOf(NumericProfile.QUANTILE_LEVELS);
    }

    @Test
    void numericStatisticsOfADoubleColumn() {
        NumericProfile score = profile(ProfileOptions.defaults(), PEOPLE).column("score").numeric();

        assertThat(score.min()).isEqualTo(1.5);
        assertThat(score.max()).isEqualTo(3.5);
        assertThat(score.sum()).isEqualTo(7.5);
        assertThat(score.mean()).isEqualTo(2.5);
        assertThat(score.stddev()).isCloseTo(Math.sqrt(2.0 / 3), within(1e-12));
    }

    @Test
    void histogramHasEqualWidthBinsBetweenMinAndMax() {
        NumericProfile age = profile(ProfileOptions.defaults(), PEOPLE).column("age").numeric();

        List<Double> edges = age.histogramEdges();
        assertThat(edges).hasSize(21);
        assertThat(edges.get(0)).isEqualTo(20.0);
        assertThat(edges.get(20)).isEqualTo(40.0);
        assertThat(edges.get(10)).isCloseTo(30.0, within(1e-9));
        long[] expected = new long[20];
        expected[0] = 1;  // 20 in [20, 21)
        expected[10] = 1; // 30 in [30, 31)
        expected[19] = 1; // 40 in [39, 40], the last bin is closed
        assertThat(age.histogramCounts()).containsExactly(box(expected));
    }

    @Test
    void aColumnWithFewDistinctNumbersHasExactQuantilesAndHistogram() {
        // 10,000 rows: value v (0..99) appears v + 1 times, cycling, so the order is not sorted
        List<Record> rows = new java.util.ArrayList<>();
        java.util.List<Long> all = new java.util.ArrayList<>();
        for (int v = 0; v < 100; v++) for (int c = 0; c <= v; c++) all.add((long) v);
        java.util.Collections.shuffle(all, new java.util.Random(7));
        for (int i = 0; i < all.size(); i++) rows.add(row("r" + i, "v", all.get(i)));
        NumericProfile v = profile(ProfileOptions.defaults(), rows).column("v").numeric();
        java.util.List<Long> sorted = new java.util.ArrayList<>(all);
        java.util.Collections.sort(sorted);

        assertThat(v.quantileRankError()).as("exact").isZero();
        for (double q : new double[] {0.0, 0.01, 0.1, 0.25, 0.5, 0.9, 0.99, 1.0}) {
            long rank = Math.max(1, (long) Math.ceil(q * sorted.size())); // nearest rank
            assertThat(v.quantile(q)).as("q=%s", q).isEqualTo((double) sorted.get((int) rank - 1));
        }
        // bins of width 99/20 = 4.95: count the values in each directly
        long[] expected = new long[20];
        for (long x : all) expected[(int) Math.min(19, Math.floor(x / 4.95))]++;
        assertThat(v.histogramCounts()).containsExactly(box(expected));
    }

    @Test
    void aConstantColumnHasOneBin() {
        NumericProfile n = profile(ProfileOptions.defaults(), List.of(row("a", "x", 7), row("b", "x", 7))).column("x").numeric();

        assertThat(n.histogramEdges()).containsExactly(7.0, 7.0);
        assertThat(n.histogramCounts()).containsExactly(2L);
        assertThat(n.stddev()).isZero();
    }

    @Test
    void topValuesTextLengthsAndEntropy() {
        ColumnProfile city = profile(ProfileOptions.defaults(), PEOPLE).column("city");

        assertThat(city.topValuesExact()).isTrue();
        assertThat(city.topValues()).containsExactly(new TopValue("Paris", 2), new TopValue("Lyon", 1), new TopValue("Nice", 1));
        // -(1/2 log2 1/2 + 2 * 1/4 log2 1/4) = 1/2 + 1
        assertThat(city.entropy()).isCloseTo(1.5, within(1e-12));
        assertThat(city.text().count()).isEqualTo(4);
        assertThat(city.text().minLength()).isEqualTo(4);
        assertThat(city.text().maxLength()).isEqualTo(5);
        assertThat(city.text().meanLength()).isEqualTo(4.5);
    }

    @Test
    void textLengthsCountCodePoints() {
        ColumnProfile c = profile(ProfileOptions.defaults(), List.of(row("a", "t", "😀x"), row("b", "t", "é"))).column("t");

        assertThat(c.text().maxLength()).isEqualTo(2);
        assertThat(c.text().minLength()).isEqualTo(1);
    }

    @Test
    void entropyOfASingleValueIsZeroAndOfFourEqualValuesTwoBits() {
        List<Record> rows = List.of(row("1", "one", "x", "four", "a"), row("2", "one", "x", "four", "b"),
                row("3", "one", "x", "four", "c"), row("4", "one", "x", "four", "d"));
        DatasetProfile p = profile(ProfileOptions.defaults(), rows);

        assertThat(p.column("one").entropy()).isZero();
        assertThat(p.column("four").entropy()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void mixedTypesNullsAndMissingFields() {
        List<Record> rows = List.of(row("1", "v", "1"), row("2", "v", 1), row("3", "v", 1.0), row("4", "v", true),
                row("5", "v", null), row("6", "w", 0), row("7", "v", Double.NaN), row("8", "v", Double.POSITIVE_INFINITY));
        ColumnProfile v = profile(ProfileOptions.defaults(), rows).column("v");

        assertThat(v.count()).isEqualTo(6);
        assertThat(v.nulls()).as("one null, one missing").isEqualTo(2);
        assertThat(v.types()).isEqualTo(Map.of("string", 1L, "long", 1L, "double", 3L, "boolean", 1L));
        assertThat(v.distinct()).as("\"1\", 1, 1.0, true, NaN, Infinity are six values").isEqualTo(6.0);
        assertThat(v.numeric().count()).as("NaN and infinity are not numbers here").isEqualTo(2);
        assertThat(v.numeric().min()).as("a mixed column reports doubles").isEqualTo(1.0);
        assertThat(v.numeric().sum()).isEqualTo(2.0);
        assertThat(v.text().count()).isEqualTo(1);
    }

    @Test
    void minusZeroAndZeroAreOneValue() {
        ColumnProfile z = profile(ProfileOptions.defaults(), List.of(row("1", "z", 0.0), row("2", "z", -0.0))).column("z");

        assertThat(z.distinct()).isEqualTo(1.0);
        assertThat(z.topValues()).containsExactly(new TopValue(0.0, 2));
    }

    @Test
    void patternComplianceIsTheShareOfStringValuesInWhichEachPatternIsFound() {
        Map<String, String> patterns = new java.util.LinkedHashMap<>();
        patterns.put("email", "^[^@\\s]+@[^@\\s]+\\.[a-z]+$");
        patterns.put("digits", "\\d");
        ProfileOptions options = ProfileOptions.defaults().withPatterns(patterns);
        List<Record> rows = List.of(row("1", "c", "a@b.com"), row("2", "c", "x@y.org"), row("3", "c", "nope"),
                row("4", "c", "call 123"), row("5", "c", 42), row("6", "n", 1));
        DatasetProfile p = profile(options, rows);

        assertThat(p.column("c").patternCompliance()).containsExactly(Map.entry("email", 0.5), Map.entry("digits", 0.25));
        assertThat(p.column("n").patternCompliance()).as("no strings, no compliance").isEmpty();
    }

    @Test
    void pearsonCorrelationMatchesAHandComputedValue() {
        // x = 1..5, y = 2,4,5,4,5: sum dx*dy = 6, sum dx^2 = 10, sum dy^2 = 6, r = 6 / sqrt(60)
        double[] y = {2, 4, 5, 4, 5};
        List<Record> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) rows.add(row("r" + i, "x", i + 1, "y", y[i], "s", "t"));
        rows.add(row("r5", "x", 9, "y", null));
        DatasetProfile p = profile(ProfileOptions.defaults(), rows);

        Correlation c = p.correlation("y", "x");
        assertThat(c.a()).isEqualTo("x");
        assertThat(c.b()).isEqualTo("y");
        assertThat(c.count()).as("rows where both are numbers").isEqualTo(5);
        assertThat(c.pearson()).isCloseTo(6 / Math.sqrt(60), within(1e-12));
        assertThat(p.correlations()).hasSize(1);
    }

    @Test
    void correlationWithAConstantColumnIsNull() {
        List<Record> rows = List.of(row("1", "x", 1, "k", 5), row("2", "x", 2, "k", 5), row("3", "x", 3, "k", 5));

        assertThat(profile(ProfileOptions.defaults(), rows).correlation("x", "k").pearson()).isNull();
    }

    @Test
    void labelBalanceCountsClassesAndTheImbalanceRatio() {
        List<Record> rows = new java.util.ArrayList<>();
        String[] labels = {"a", "a", "b", "c", "a", "c", "a", "b", "c", "a", "a"};
        for (int i = 0; i < labels.length; i++) rows.add(row("r" + i, "y", labels[i]));
        rows.add(row("n", "y", null));
        LabelBalance b = profile(ProfileOptions.defaults().withLabelColumn("y"), rows).label();

        assertThat(b.column()).isEqualTo("y");
        assertThat(b.classes()).containsExactly(Map.entry("a", 6L), Map.entry("c", 3L), Map.entry("b", 2L));
        assertThat(b.imbalanceRatio()).isEqualTo(3.0);
    }

    @Test
    void aLabelColumnThatNeverAppearsHasNoClasses() {
        LabelBalance b = profile(ProfileOptions.defaults().withLabelColumn("y"), List.of(row("1", "x", 1))).label();

        assertThat(b.classes()).isEmpty();
        assertThat(b.imbalanceRatio()).isNull();
    }

    @Test
    void columnsOptionLimitsTheProfiledFieldsButKeepsTheLabel() {
        ProfileOptions options = ProfileOptions.defaults().withColumns(List.of("b")).withLabelColumn("y");
        DatasetProfile p = profile(options, List.of(row("1", "a", 1, "b", 2, "y", "k")));

        assertThat(p.columns().keySet()).containsExactly("b", "y");
        assertThat(p.columnsSkipped()).isZero();
    }

    @Test
    void columnsBeyondTheLimitAreCountedAsSkipped() {
        DatasetProfile p = profile(ProfileOptions.defaults().withMaxColumns(2),
                List.of(row("1", "a", 1, "b", 2, "c", 3), row("2", "d", 4, "a", 5)));

        assertThat(p.columns().keySet()).containsExactly("a", "b");
        assertThat(p.columnsSkipped()).isEqualTo(2);
        assertThat(p.column("a").count()).isEqualTo(2);
    }

    @Test
    void aColumnOfNullsHasNoDistinctnessEntropyOrNumbers() {
        ColumnProfile c = profile(ProfileOptions.defaults(), List.of(row("1", "n", null), row("2", "n", null))).column("n");

        assertThat(c.count()).isZero();
        assertThat(c.completeness()).isZero();
        assertThat(c.distinct()).isZero();
        assertThat(c.distinctness()).isNull();
        assertThat(c.entropy()).isNull();
        assertThat(c.numeric()).isNull();
        assertThat(c.text()).isNull();
        assertThat(c.toMap()).containsEntry("distinctness", null).containsEntry("entropy", null);
    }

    @Test
    void anEmptyDatasetHasZeroRowsAndNoColumns() {
        DatasetProfile p = profile(ProfileOptions.defaults().withLabelColumn("y"), List.of());

        assertThat(p.rows()).isZero();
        assertThat(p.columns()).isEmpty();
        assertThat(p.correlations()).isEmpty();
        assertThat(p.metrics()).containsExactly(Map.entry("row_count", 0.0));
        assertThat(ProfileJson.toJson(p, p)).doesNotContain("NaN").contains("\"rows\" : 0");
    }

    private static Long[] box(long[] values) {
        Long[] out = new Long[values.length];
        for (int i = 0; i < values.length; i++) out[i] = values[i];
        return out;
    }
}
