package ai.refinery.quality.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.refinery.core.exec.InputRecords;
import ai.refinery.core.op.Fitting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.core.recipe.Step;
import ai.refinery.core.record.Record;
import ai.refinery.core.tap.RecordTap;
import ai.refinery.core.testkit.OperatorHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code recipes/adult-clean.yaml} on the real UCI Adult files, step by step as the engine
 * will: each step that must learn is fitted first on the records reaching it (in batches, through
 * the tap API), then applied (in batches, on several threads). Needs the project's shared datasets
 * at {@code ../shared/datasets/tabular} beside the repository; skipped with a message when absent.
 */
class AdultCleaningTest {
    private static final int BATCH = 1000;
    private static final List<String> REPAIRED = List.of("workclass", "occupation", "native_country");

    private static Map<String, Record> raw;
    private static List<Record> out;
    private static long in;
    private static Map<String, Long> dropped = new TreeMap<>();
    private static long quarantined;
    private static Map<String, java.lang.Record> fittedConfigs = new LinkedHashMap<>();
    private static long duplicatesExpected;

    @BeforeAll
    static void runTheRecipe() throws IOException {
        Path root = repositoryRoot();
        Path datasets = root.resolve("../shared/datasets/tabular").normalize();
        assumeTrue(Files.isRegularFile(datasets.resolve("adult-train.csv")) && Files.isRegularFile(datasets.resolve("adult-test.csv")),
                "UCI Adult is not at " + datasets + " (adult-train.csv, adult-test.csv): the project's shared datasets are missing");
        // This module does not see refinery-parquet; the output format does not matter here, as nothing is written.
        Recipe recipe = RecipeLoader.withDefaults().load(root.resolve("recipes/adult-clean.yaml"), List.of("output.format=jsonl"));
        List<Record> records = new ArrayList<>();
        InputRecords.forEach(recipe.input(), records::add);
        in = records.size();
        raw = new HashMap<>();
        for (Record r : records) raw.put(r.id(), r);
        for (Step step : recipe.pipeline()) {
            if (step.provider().name().equals("exact_dedup")) duplicatesExpected = countRepeats(records);
            Operator op = create(step, records);
            OperatorHarness.Result result = OperatorHarness.run(op, records, BATCH);
            result.dropCounts().forEach((reason, n) -> dropped.merge(step.id() + ":" + reason, n, Long::sum));
            quarantined += result.quarantined().size();
            records = result.kept();
        }
        out = records;
    }

    /** The step's operator, fitted first when it must learn, as the engine's fitting pass does. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Operator create(Step step, List<Record> reaching) {
        java.lang.Record config = step.config();
        if (step.provider() instanceof Fitting fitting && fitting.needsFit(config)) {
            RecordTap<?> tap = fitting.fitter(config);
            for (int from = 0; from < reaching.size(); from += BATCH) {
                RecordTap.feed(tap, reaching.subList(from, Math.min(reaching.size(), from + BATCH)));
            }
            config = fitting.fitted(config, tap);
            assertThat(fitting.needsFit(config)).as(step.id() + " still needs fitting after fitted()").isFalse();
            fittedConfigs.put(step.id(), config);
        }
        return ((OperatorProvider) step.provider()).create(config, step.context());
    }

    /** Records whose fields equal an earlier record's: what exact_dedup must drop, counted independently. */
    private static long countRepeats(List<Record> records) {
        Set<Map<String, Object>> seen = new HashSet<>();
        return records.stream().filter(r -> !seen.add(r.fields())).count();
    }

    private static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("recipes/adult-clean.yaml"))) p = p.getParent();
        assertThat(p).as("no recipes/adult-clean.yaml above " + Path.of("").toAbsolutePath()).isNotNull();
        return p;
    }

    @Test
    void everyRecordIsAccountedFor() {
        assertThat(in).as("32,561 train + 16,281 test rows").isEqualTo(48_842);
        assertThat(quarantined).isZero();
        long droppedTotal = dropped.values().stream().mapToLong(Long::longValue).sum();
        assertThat(out.size() + droppedTotal + quarantined).isEqualTo(in);
        assertThat(dropped).containsOnlyKeys("exact_dedup:duplicate");
        assertThat(dropped.get("exact_dedup:duplicate")).isEqualTo(duplicatesExpected).isPositive();
    }

    @Test
    void noPlaceholderIsLeftAndTheRepairedColumnsAreComplete() {
        for (Record r : out) {
            for (int i = 0; i < r.fieldCount(); i++) assertThat(r.fieldValue(i)).as(r.id() + "." + r.fieldName(i)).isNotEqualTo("?");
            for (String f : REPAIRED) assertThat(r.get(f)).as(r.id() + "." + f).isNotNull();
        }
    }

    @Test
    void labelsAreUnified() {
        Set<Object> labels = new HashSet<>();
        for (Record r : out) labels.add(r.get("income"));
        assertThat(labels).containsExactlyInAnyOrder("<=50K", ">50K");
        assertThat(raw.values().stream().filter(r -> r.getString("income").endsWith(".")).count())
                .as("the test file's labels had dots").isEqualTo(16_281);
    }

    @Test
    void imputedRecordsSayWhichFieldsWereFilledWithTheModes() {
        Map<String, Object> modes = ((Impute.Config) fittedConfigs.get("impute")).values();
        assertThat(modes).containsExactly(Map.entry("workclass", "Private"), Map.entry("occupation", "Prof-specialty"),
                Map.entry("native_country", "United-States"));
        long imputed = 0;
        for (Record r : out) {
            Record before = raw.get(r.id());
            List<String> missing = REPAIRED.stream().filter(f -> "?".equals(before.get(f))).toList();
            if (missing.isEmpty()) {
                assertThat(r.hasMeta(Impute.META_KEY)).as(r.id() + " had nothing missing").isFalse();
                continue;
            }
            imputed++;
            assertThat(r.meta(Impute.META_KEY)).as(r.id()).isEqualTo(missing);
            for (String f : missing) assertThat(r.get(f)).as(r.id() + "." + f).isEqualTo(modes.get(f));
        }
        assertThat(imputed).as("rows with a '?' that survived dedup").isGreaterThan(3000);
    }

    @Test
    void hoursAreClippedOntoTheLearntBoundsAndMarked() {
        Outliers.Bounds b = ((Outliers.Config) fittedConfigs.get("clip_outliers")).bounds().get("hours_per_week");
        assertThat(b.min()).isBetween(3.0, 4.0);
        assertThat(b.max()).isBetween(77.0, 78.0);
        long clipped = 0;
        for (Record r : out) {
            long before = raw.get(r.id()).getLong("hours_per_week");
            Object after = r.get("hours_per_week");
            assertThat(after).as("stays a long").isInstanceOf(Long.class);
            boolean outside = before < b.min() || before > b.max();
            assertThat(r.hasMeta(ClipOutliers.META_KEY)).as(r.id() + " hours " + before).isEqualTo(outside);
            if (outside) clipped++;
            assertThat((Long) after).isEqualTo(outside ? (before < b.min() ? (long) Math.ceil(b.min()) : (long) Math.floor(b.max())) : before);
        }
        assertThat(clipped).as("about 1.4% of the rows").isBetween(400L, 1000L);
    }
}
