package ai.refinery.core.io.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.exec.LocalExecutor;
import ai.refinery.core.exec.RunOptions;
import ai.refinery.core.io.BadRecordException;
import ai.refinery.core.io.Compression;
import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.RawBatch;
import ai.refinery.core.io.SourceReader;
import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.core.run.RunReport;
import ai.refinery.core.util.Sha256;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files format through real recipe runs, and its reader on inputs a run cannot easily make. */
class FilesSourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    private Path write(String relative, byte[] content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private RunReport run(String yaml) throws IOException {
        Path r = dir.resolve("recipe.yaml");
        Files.writeString(r, yaml);
        return new LocalExecutor().run(RecipeLoader.withDefaults().load(r, List.of()), RunOptions.defaults());
    }

    /** Output records by path. */
    private Map<String, JsonNode> output(String out) throws IOException {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        for (JsonNode n : jsonLines(dir.resolve(out), "part-")) m.put(n.get("path").asText(), n);
        return m;
    }

    private List<JsonNode> quarantine(String out) throws IOException {
        return jsonLines(dir.resolve(out).resolve("_refinery/quarantine"), "part-");
    }

    private static List<JsonNode> jsonLines(Path d, String prefix) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        if (!Files.isDirectory(d)) return nodes;
        List<Path> files;
        try (Stream<Path> s = Files.list(d)) {
            files = s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
        for (Path p : files) for (String line : Files.readAllLines(p)) nodes.add(JSON.readTree(line));
        return nodes;
    }

    @Test
    void aDirectoryBecomesOneRecordPerFileWithItsRelativePathAndHash() throws IOException {
        byte[] a = utf8("first file\nwith two lines\n");
        byte[] b = utf8("\u00e9t\u00e9 \u2014 summer");
        byte[] c = utf8("{\"not\": \"parsed as json\"}");
        write("mails/ham/1.eml", a);
        write("mails/spam/deeper/2.txt", b);
        write("mails/3.json", c);
        write("mails/.hidden", utf8("skipped"));
        RunReport r = run("name: f\ninput: {path: mails, format: files}\noutput: {path: out, options: {id_field: _id}}\n");
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        assertThat(r.records().in()).isEqualTo(3);
        Map<String, JsonNode> out = output("out");
        assertThat(out.keySet()).containsExactly("3.json", "ham/1.eml", "spam/deeper/2.txt");
        assertThat(out.get("ham/1.eml").get("text").asText()).isEqualTo("first file\nwith two lines\n");
        assertThat(out.get("spam/deeper/2.txt").get("text").asText()).isEqualTo("\u00e9t\u00e9 \u2014 summer");
        assertThat(out.get("ham/1.eml").get("_id").asText()).isEqualTo("ham/1.eml:1");
        // provenance: each file's SHA-256 is in the report, as for any other input
        Map<String, String> sha = new LinkedHashMap<>();
        for (RunReport.InputInfo in : r.inputs()) sha.put(in.path(), in.sha256());
        assertThat(sha).containsEntry("ham/1.eml", Sha256.hex(a)).containsEntry("spam/deeper/2.txt", Sha256.hex(b))
                .containsEntry("3.json", Sha256.hex(c)).hasSize(3);
        assertThat(r.inputs()).allSatisfy(in -> {
            assertThat(in.format()).isEqualTo("files");
            assertThat(in.records()).isEqualTo(1);
        });
    }

    @Test
    void bytesModeKeepsRawContentAndTheFolderFieldNamesTheFirstDirectory() throws IOException {
        byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9, '\n', 0, (byte) 0xFF};
        write("data/spam-1/0001.txt", latin1);
        write("data/easy-ham-1/0002.txt", utf8("hello"));
        write("data/top.txt", utf8("at the root"));
        RunReport r = run("name: f\ninput: {path: 'data/**', format: files, options: {read_as: bytes, folder_field: label}}\n"
                + "output: {path: out}\n");
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        Map<String, JsonNode> out = output("out");
        assertThat(Base64.getDecoder().decode(out.get("spam-1/0001.txt").get("bytes").asText())).isEqualTo(latin1);
        assertThat(out.get("spam-1/0001.txt").get("label").asText()).isEqualTo("spam-1");
        assertThat(out.get("easy-ham-1/0002.txt").get("label").asText()).isEqualTo("easy-ham-1");
        assertThat(out.get("top.txt").has("label")).isFalse();
        assertThat(out.get("top.txt").has("text")).isFalse();
    }

    @Test
    void malformedTextIsQuarantinedWithTheFileAndByteOffsetOrReplaced() throws IOException {
        byte[] bad = {'o', 'k', ' ', 't', 'e', 'x', 't', ' ', (byte) 0xC3, '(', ' ', 'e', 'n', 'd'};
        write("in/bad.txt", bad);
        write("in/good.txt", utf8("fine"));
        RunReport r = run("name: f\ninput: {path: in, format: files}\noutput: {path: out}\nexecutor: {max_quarantine_fraction: 1}\n");
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        assertThat(r.records().quarantined()).isEqualTo(1);
        JsonNode q = quarantine("out").get(0);
        assertThat(q.get("source").asText()).isEqualTo("bad.txt");
        assertThat(q.get("error").asText()).contains("bad.txt").contains("UTF-8").contains("byte offset 8");
        assertThat(output("out").keySet()).containsExactly("good.txt");

        RunReport replaced = run("name: f\ninput: {path: in, format: files, options: {on_malformed: replace}}\noutput: {path: out2}\n");
        assertThat(replaced.records().quarantined()).isZero();
        JsonNode rec = output("out2").get("bad.txt");
        assertThat(rec.get("text").asText()).isEqualTo("ok text \uFFFD( end");
        assertThat(rec.get("_meta").get("malformed_sequences").asLong()).isEqualTo(1);
    }

    @Test
    void aCharsetOptionDecodesLegacyFiles() throws IOException {
        write("in/w.txt", new byte[] {(byte) 0x93, 'q', (byte) 0x94, ' ', (byte) 0x80, '5', ' ', 'c', 'a', 'f', (byte) 0xE9});
        RunReport r = run("name: f\ninput: {path: in, format: files, options: {charset: windows-1252}}\noutput: {path: out}\n");
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        assertThat(output("out").get("w.txt").get("text").asText()).isEqualTo("\u201cq\u201d \u20ac5 caf\u00e9");
    }

    @Test
    void aFileOverMaxBytesIsQuarantinedWithItsSizeAndStillHashed() throws IOException {
        byte[] big = new byte[5000];
        java.util.Arrays.fill(big, (byte) 'x');
        write("in/big.txt", big);
        write("in/small.txt", utf8("small"));
        RunReport r = run("name: f\ninput: {path: in, format: files, options: {max_bytes: 1000}}\noutput: {path: out}\n"
                + "executor: {max_quarantine_fraction: 1}\n");
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        JsonNode q = quarantine("out").get(0);
        assertThat(q.get("error").asText()).isEqualTo("big.txt: file of 5000 bytes exceeds max_bytes (1000)");
        assertThat(r.inputs()).filteredOn(i -> i.path().equals("big.txt")).singleElement()
                .satisfies(i -> assertThat(i.sha256()).isEqualTo(Sha256.hex(big)));
        assertThat(output("out").keySet()).containsExactly("small.txt");
    }

    @Test
    void aCompressedFileIsLimitedByItsDecompressedSize() throws IOException {
        byte[] text = utf8("y".repeat(10_000));
        try (OutputStream o = Compression.GZIP.compress(Files.newOutputStream(Files.createDirectories(dir.resolve("in")).resolve("z.txt.gz")))) {
            o.write(text);
        }
        write("in/plain.txt", utf8("p"));
        RunReport r = run("name: f\ninput: {path: in, format: files, options: {max_bytes: 2000}}\noutput: {path: out}\n"
                + "executor: {max_quarantine_fraction: 1}\n");
        assertThat(quarantine("out").get(0).get("error").asText())
                .isEqualTo("z.txt.gz: more than 2000 bytes after decompression exceeds max_bytes (2000)");
        RunReport ok = run("name: f\ninput: {path: in, format: files}\noutput: {path: out2}\n");
        assertThat(ok.succeeded()).as(ok.failure()).isTrue();
        assertThat(output("out2").get("z.txt.gz").get("text").asText()).isEqualTo("y".repeat(10_000));
    }

    @Test
    void anOversizedFileIsNeverReadByTheFormat() throws Exception {
        InputStream unreadable = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the reader must not read an oversized file");
            }
        };
        InputFile file = new InputFile(dir.resolve("huge.bin"), "sub/huge.bin", Compression.NONE, 3L << 30);
        try (SourceReader reader = new FilesSource().open(file, unreadable, FilesSource.Options.defaults())) {
            RawBatch batch = new RawBatch(1);
            assertThat(reader.next(batch)).isTrue();
            assertThat(reader.next(batch)).isFalse();
            assertThatThrownBy(() -> reader.decode(batch.unit(0), "sub/huge.bin:1"))
                    .isInstanceOf(BadRecordException.class)
                    .hasMessage("sub/huge.bin: file of 3221225472 bytes exceeds max_bytes (104857600)");
            assertThat(reader.rawText(batch.unit(0))).contains("3221225472 bytes, not read");
        }
    }

    @Test
    void aUtf8ByteOrderMarkIsNotPartOfTheTextAndEmptyFilesGiveEmptyText() throws Exception {
        write("in/bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'});
        write("in/empty.txt", new byte[0]);
        RunReport r = run("name: f\ninput: {path: in, format: files}\noutput: {path: out}\n");
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        assertThat(output("out").get("bom.txt").get("text").asText()).isEqualTo("hi");
        assertThat(output("out").get("empty.txt").get("text").asText()).isEmpty();
    }

    @Test
    void aSingleFileInputIsNamedByItsFileName() throws Exception {
        write("one/mail.eml", utf8("Subject: x\n\nbody"));
        RunReport r = run("name: f\ninput: {path: one/mail.eml, format: files, options: {folder_field: folder}}\noutput: {path: out}\n");
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        JsonNode rec = output("out").get("mail.eml");
        assertThat(rec.get("text").asText()).isEqualTo("Subject: x\n\nbody");
        assertThat(rec.has("folder")).isFalse();
    }

    @Test
    void theFormatIsNeverGuessedFromFileNames() throws IOException {
        write("in/a.jsonl", utf8("{\"n\": 1}\n"));
        RunReport r = run("name: f\ninput: {path: in}\noutput: {path: out}\n");
        assertThat(r.inputs()).singleElement().satisfies(i -> assertThat(i.format()).isEqualTo("jsonl"));
    }

    @Test
    void badOptionsFailBeforeReading() throws IOException {
        write("in/a.txt", utf8("a"));
        assertThatThrownBy(() -> run("name: f\ninput: {path: in, format: files, options: {charset: klingon-8}}\noutput: {path: out}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown charset 'klingon-8'");
        assertThatThrownBy(() -> run("name: f\ninput: {path: in, format: files, options: {max_bytes: 0}}\noutput: {path: out}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("max_bytes must be between 1 and");
        assertThatThrownBy(() -> run("name: f\ninput: {path: in, format: files, options: {folder_field: path}}\noutput: {path: out}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("folder_field must differ");
    }

    @Test
    void decoderReportsTheOffsetOfTheFirstBadSequenceInLongInput() {
        byte[] b = new byte[100_003];
        java.util.Arrays.fill(b, (byte) 'a');
        b[77_777] = (byte) 0xFF;
        TextDecoder.Decoded d = TextDecoder.decode(b, StandardCharsets.UTF_8, false);
        assertThat(d.malformedOffset()).isEqualTo(77_777);
        TextDecoder.Decoded r = TextDecoder.decode(b, StandardCharsets.UTF_8, true);
        assertThat(r.replaced()).isEqualTo(1);
        assertThat(r.text()).hasSize(100_003).contains("\uFFFD");
    }
}
