package ai.refinery.core.io.idx;

import static ai.refinery.core.io.idx.IdxFiles.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way an IDX input can be wrong is an IOException that names the file and the problem. */
class IdxErrorsTest {
    private static final IdxSource.Options DEFAULTS = IdxSource.Options.defaults();

    @TempDir Path dir;

    private Path raw(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] header(IdxType type, int... dims) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IdxWriter.writeHeader(out, new IdxHeader(type, dims));
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void wrongMagic() throws IOException {
        Path p = raw("notes.idx", "{\"a\": 1}\n".getBytes());
        assertThatThrownBy(() -> records(p, DEFAULTS)).isInstanceOf(IOException.class)
                .hasMessage("notes.idx is not an IDX file: it starts with 0x7B 0x22 0x61 0x22 but IDX files start with 0x00 0x00 <type> <rank>");
    }

    @Test
    void unsupportedTypeCode() throws IOException {
        Path p = raw("odd.idx", new byte[] {0, 0, 0x0A, 1, 0, 0, 0, 0});
        assertThatThrownBy(() -> records(p, DEFAULTS)).isInstanceOf(IOException.class)
                .hasMessage("odd.idx: unsupported IDX type code 0x0A; supported: 0x08 ubyte, 0x09 byte, 0x0B short, 0x0C int, 0x0D float, 0x0E double");
    }

    @Test
    void noDimensionsOrATruncatedHeader() throws IOException {
        Path rank0 = raw("r0.idx", new byte[] {0, 0, 8, 0});
        assertThatThrownBy(() -> records(rank0, DEFAULTS)).hasMessage("r0.idx: IDX header gives 0 dimensions; expected 1 to 16");
        Path shortHeader = raw("h.idx", new byte[] {0, 0, 8, 3, 0, 0, 0, 1, 0, 0});
        assertThatThrownBy(() -> records(shortHeader, DEFAULTS)).hasMessage("h.idx is truncated: it ends inside the IDX header");
        Path empty = raw("e.idx", new byte[0]);
        assertThatThrownBy(() -> records(empty, DEFAULTS)).hasMessage("e.idx is truncated: it ends inside the IDX header");
        Path negative = raw("n.idx", concat(new byte[] {0, 0, 8, 2}, new byte[] {-1, -1, -1, -1, 0, 0, 0, 1}));
        assertThatThrownBy(() -> records(negative, DEFAULTS)).hasMessageStartingWith("n.idx: bad IDX header: negative dimension");
    }

    @Test
    void truncatedDataSaysHowManyItemsWereExpectedAndFound() throws IOException {
        Path p = raw("train-images-idx3-ubyte", concat(header(IdxType.UBYTE, 3, 2, 2), new byte[4 + 4 + 3]));
        assertThatThrownBy(() -> records(p, DEFAULTS)).isInstanceOf(IOException.class)
                .hasMessage("train-images-idx3-ubyte is truncated: its header (ubyte 3x2x2) announces 3 items but only 2 were found"
                        + " (then 3 of 4 bytes)");
        Path cut = raw("cut.idx", concat(header(IdxType.UBYTE, 3, 2, 2), new byte[4]));
        assertThatThrownBy(() -> records(cut, DEFAULTS))
                .hasMessage("cut.idx is truncated: its header (ubyte 3x2x2) announces 3 items but only 1 were found");
    }

    @Test
    void dataBeyondTheHeaderIsRefused() throws IOException {
        Path p = raw("long.idx", concat(header(IdxType.UBYTE, 1, 2), new byte[3]));
        assertThatThrownBy(() -> records(p, DEFAULTS))
                .hasMessage("long.idx has more data than the 1 items its header (ubyte 1x2) announces");
    }

    @Test
    void imagesAndLabelsWithDifferentCountsAreRefusedAtOpen() throws IOException {
        IdxWriter.ubyte(dir.resolve("img.idx"), new byte[12], 3, 2, 2);
        IdxWriter.labels(dir.resolve("lab.idx"), 1, 2);
        assertThatThrownBy(() -> new IdxSource().open(IdxFiles.inputFile(dir.resolve("img.idx")),
                        Files.newInputStream(dir.resolve("img.idx")), DEFAULTS.withLabels("lab.idx")))
                .isInstanceOf(IOException.class)
                .hasMessage("images img.idx and labels " + dir.resolve("lab.idx") + " differ in item count: 3 images but 2 labels");
    }

    @Test
    void labelsMustHaveRank1AndIntegersAndExist() throws IOException {
        IdxWriter.ubyte(dir.resolve("img.idx"), new byte[8], 2, 2, 2);
        IdxWriter.ubyte(dir.resolve("rank3.idx"), new byte[8], 2, 2, 2);
        assertThatThrownBy(() -> records(dir.resolve("img.idx"), DEFAULTS.withLabels("rank3.idx")))
                .hasMessage("labels file " + dir.resolve("rank3.idx") + " has rank 3 (ubyte 2x2x2); labels need rank 1, one value per item");
        IdxWriter.write(dir.resolve("f.idx"), IdxType.FLOAT, new double[] {1, 2}, 2);
        assertThatThrownBy(() -> records(dir.resolve("img.idx"), DEFAULTS.withLabels("f.idx")))
                .hasMessage("labels file " + dir.resolve("f.idx") + " holds float values; labels must be integers");
        assertThatThrownBy(() -> records(dir.resolve("img.idx"), DEFAULTS.withLabels("missing.idx")))
                .hasMessage("labels file " + dir.resolve("missing.idx") + " (input.options.labels) does not exist");
        raw("junk.idx", new byte[] {1, 2, 3, 4});
        assertThatThrownBy(() -> records(dir.resolve("img.idx"), DEFAULTS.withLabels("junk.idx")))
                .hasMessageStartingWith("labels file " + dir.resolve("junk.idx") + " is not an IDX file");
    }

    @Test
    void truncatedOrOverlongLabels() throws IOException {
        IdxWriter.ubyte(dir.resolve("img.idx"), new byte[8], 2, 2, 2);
        raw("short.idx", concat(header(IdxType.UBYTE, 2), new byte[] {1}));
        assertThatThrownBy(() -> records(dir.resolve("img.idx"), DEFAULTS.withLabels("short.idx")))
                .hasMessage("labels file " + dir.resolve("short.idx") + " is truncated: its header announces 2 labels but only 1 were found");
        raw("long.idx", concat(header(IdxType.UBYTE, 2), new byte[] {1, 2, 3}));
        assertThatThrownBy(() -> records(dir.resolve("img.idx"), DEFAULTS.withLabels("long.idx")))
                .hasMessage("labels file " + dir.resolve("long.idx") + " has more data than the 2 labels its header announces");
    }

    @Test
    void aFailedOpenClosesTheStream() throws IOException {
        Path p = raw("bad.idx", new byte[] {9, 9, 9, 9});
        boolean[] closed = {false};
        java.io.InputStream in = new java.io.FilterInputStream(Files.newInputStream(p)) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        assertThatThrownBy(() -> new IdxSource().open(IdxFiles.inputFile(p), in, DEFAULTS)).isInstanceOf(IOException.class);
        assertThat(closed[0]).isTrue();
    }
}
