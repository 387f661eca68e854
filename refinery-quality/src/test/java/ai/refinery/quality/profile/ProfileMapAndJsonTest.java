package ai.refinery.quality.profile;

import static ai.refinery.quality.profile.Profiles.profile;
import static ai.refinery.quality.profile.Profiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.refinery.core.record.Record;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON shape, reading it back, and the flat metrics. */
class ProfileMapAndJsonTest {
    private static final long SEED = Long.getLong("refinery.test.seed", System.nanoTime());

    @TempDir
    Path dir;

    /** A table with every kind of column, big enough for sketches, exact and not. */
    private static List<Record> table(long seed) {
        Random rnd = new Random(seed);
        String[] cities = {"Paris", "Lyon", "Nice", "Lille"};
        List<Record> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            rows.add(row("r" + i,
                    "id", "u" + rnd.nextLong(),
                    "age", rnd.nextInt(10) == 0 ? null : (long) (18 + rnd.nextInt(60)),
                    "income", rnd.nextGaussian() * 1000 + 3000,
                    "city", cities[rnd.nextInt(cities.length)],
                    "flag", rnd.nextBoolean(),
                    "tags", List.of("t" + rnd.nextInt(3)),
                    "label", rnd.nextInt(4) == 0 ? "yes" : "no"));
        }
        return rows;
    }

    private static ProfileOptions options() {
        return ProfileOptions.defaults().withLabelColumn("label").withPatterns(Map.of("digit", "\\d"));
    }

    @Test
    void toMapHasTheShapeOfTheDesign() {
        Map<String, Object> m = profile(options(), table(SEED)).toMap();

        assertThat(m).containsKeys("rows", "columns", "correlations", "label");
        @SuppressWarnings("unchecked")
        Map<String, Object> age = (Map<String, Object>) ((Map<String, Object>) m.get("columns")).get("age");
        assertThat(age.keySet()).containsExactly("count", "nulls", "completeness", "types", "distinct", "distinct_bounds",
                "distinctness", "numeric", "top_values", "top_values_exact", "entropy", "patterns");
        @SuppressWarnings("unchecked")
        Map<String, Object> numeric = (Map<String, Object>) age.get("numeric");
        assertThat(numeric.keySet()).containsExactly("count", "min", "max", "mean", "stddev", "sum", "quantiles",
                "quantile_rank_error", "histogram");
        assertThat(((Map<?, ?>) numeric.get("quantiles")).keySet().stream().map(Object::toString)).containsExactly("0.01", "0.05", "0.25", "0.5", "0.75", "0.95", "0.99");
        @SuppressWarnings("unchecked")
        Map<String, Object> label = (Map<String, Object>) m.get("label");
        assertThat(label.keySet()).containsExactly("column", "classes", "imbalance_ratio");
    }

    @Test
    void fromMapReadsBackWhatToMapWrote() {
        DatasetProfile p = profile(options(), table(SEED));

        DatasetProfile back = DatasetProfile.fromMap(p.toMap());

        assertThat(back.toMap()).as("seed=%d", SEED).isEqualTo(p.toMap());
        assertThat(back.metrics()).isEqualTo(p.metrics());
        assertThat(back.column("age").numeric().quantile(0.5)).isEqualTo(p.column("age").numeric().quantile(0.5));
        assertThat(back.column("age").numeric().quantile(0.3)).as("only listed levels without the sketch").isNull();
        assertThat(back.column("age").numeric().min()).isInstanceOf(Long.class);
    }

    @Test
    void aFileRoundTripKeepsEveryMetric() throws IOException {
        DatasetProfile in = profile(options(), table(SEED));
        DatasetProfile out = profile(options(), table(SEED + 1));
        Path file = dir.resolve("_refinery/profile.json");

        ProfileJson.write(file, in, out);
        ProfileJson.Profiles read = ProfileJson.read(file);

        assertThat(Files.readString(file)).contains("\"format\" : \"refinery-profile\"").doesNotContain("NaN");
        assertThat(read.input().toMap()).as("seed=%d", SEED).isEqualTo(in.toMap());
        assertThat(read.output().toMap()).isEqualTo(out.toMap());
    }

    @Test
    void eitherProfileMayBeAbsent() throws IOException {
        Path file = dir.resolve("profile.json");
        ProfileJson.write(file, null, profile(options(), List.of(row("1", "a", 1))));

        ProfileJson.Profiles read = ProfileJson.read(file);

        assertThat(read.input()).isNull();
        assertThat(read.output().rows()).isEqualTo(1);
    }

    @Test
    void anUnknownFormatOrVersionIsAnIoErrorNamingTheFile() throws IOException {
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"format\": \"something-else\", \"version\": 1}");
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, "{\"format\": \"refinery-profile\", \"version\": 2}");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"refinery-profile\", \"version\": 1, \"input\": {\"rows\": \"many\"}}");

        assertThatThrownBy(() -> ProfileJson.read(other)).isInstanceOf(IOException.class)
                .hasMessageContaining(other.toString()).hasMessageContaining("something-else");
        assertThatThrownBy(() -> ProfileJson.read(newer)).isInstanceOf(IOException.class)
                .hasMessageContaining(newer.toString()).hasMessageContaining("version 2");
        assertThatThrownBy(() -> ProfileJson.read(broken)).isInstanceOf(IOException.class)
                .hasMessageContaining(broken.toString()).hasMessageContaining("input.rows");
    }

    @Test
    void metricsAreNamedAsHistoryAndAnomalyChecksExpect() {
        DatasetProfile p = profile(options(), table(SEED));
        ColumnProfile age = p.column("age");

        Map<String, Double> m = p.metrics();

        assertThat(m).containsEntry("row_count", 3000.0)
                .containsEntry("completeness(age)", age.completeness())
                .containsEntry("distinct(age)", age.distinct())
                .containsEntry("distinctness(age)", age.distinctness())
                .containsEntry("mean(age)", age.numeric().mean())
                .containsEntry("stddev(age)", age.numeric().stddev())
                .containsEntry("min(age)", age.numeric().min().doubleValue())
                .containsEntry("max(age)", age.numeric().max().doubleValue())
                .containsEntry("sum(age)", age.numeric().sum().doubleValue())
                .containsEntry("mean_length(city)", p.column("city").text().meanLength())
                .containsEntry("entropy(city)", p.column("city").entropy())
                .containsEntry("imbalance_ratio(label)", p.label().imbalanceRatio());
        for (double q : NumericProfile.QUANTILE_LEVELS) {
            assertThat(m).containsEntry("quantile(age," + q + ")", age.numeric().quantiles().get(q));
        }
        assertThat(m).doesNotContainKey("mean(city)").doesNotContainKey("entropy(id)");
        assertThat(m.values()).allMatch(Double::isFinite);
    }

    @Test
    void metricParsesNamesAndAnswersNullWhenTheProfileLacksIt() {
        DatasetProfile p = profile(options(), table(SEED));

        assertThat(p.metric("row_count")).isEqualTo(3000.0);
        assertThat(p.metric("mean(age)")).isEqualTo(p.column("age").numeric().mean());
        assertThat(p.metric("quantile(income,0.5)")).isEqualTo(p.column("income").numeric().quantiles().get(0.5));
        assertThat(p.metric("quantile(income, 0.3)")).as("any level from a fresh sketch").isEqualTo(p.column("income").numeric().quantile(0.3));
        assertThat(p.metric("mean(nope)")).isNull();
        assertThat(p.metric("mean(city)")).isNull();
        assertThat(p.metric("imbalance_ratio(city)")).isNull();
        assertThat(p.metric("completeness(label)")).isCloseTo(1.0, within(0.0));
    }

    @Test
    void aColumnNameMayHoldCommasAndParentheses() {
        DatasetProfile p = profile(ProfileOptions.defaults(), List.of(row("1", "a,b (x)", 4), row("2", "a,b (x)", 6)));

        assertThat(p.metric("mean(a,b (x))")).isEqualTo(5.0);
        assertThat(p.metric("quantile(a,b (x),1.0)")).isEqualTo(6.0);
        assertThat(p.metrics()).containsKey("quantile(a,b (x),0.5)");
    }

    @Test
    void malformedMetricNamesAreRejected() {
        DatasetProfile p = profile(options(), table(SEED));

        for (String bad : List.of("rows", "mean(age", "mean()", "(age)", "quantile(age)", "quantile(age,x)", "quantile(age,1.5)")) {
            assertThatThrownBy(() -> p.metric(bad)).as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad);
        }
        assertThatThrownBy(() -> p.metric("median(age)")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown metric 'median'").hasMessageContaining("mean");
    }

    @Test
    void fromMapNamesAMissingEntry() {
        Map<String, Object> m = profile(options(), List.of(row("1", "a", 1))).toMap();
        @SuppressWarnings("unchecked")
        Map<String, Object> a = (Map<String, Object>) ((Map<String, Object>) m.get("columns")).get("a");
        a.remove("count");

        assertThatThrownBy(() -> DatasetProfile.fromMap(m)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("columns.a.count");
    }
}
