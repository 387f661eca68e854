package ai.refinery.core.io.idx;

import static ai.refinery.core.io.idx.IdxFiles.records;
import static ai.refinery.core.io.idx.IdxFiles.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.YamlConfigReader;
import ai.refinery.core.io.FormatRegistry;
import ai.refinery.core.record.Record;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxSourceTest {
    private static final IdxSource.Options DEFAULTS = IdxSource.Options.defaults();

    @TempDir Path dir;

    /** n images of 2x3 pixels; pixel j of image i is (i * 97 + j * 41) mod 256, so 255 and 0 both occur. */
    private static byte[] pixels(int n) {
        byte[] b = new byte[n * 6];
        for (int i = 0; i < n; i++) for (int j = 0; j < 6; j++) b[i * 6 + j] = (byte) ((i * 97 + j * 41 + 50) % 256);
        return b;
    }

    private Path images(String name, int n) throws IOException {
        Path p = dir.resolve(name);
        IdxWriter.ubyte(p, pixels(n), n, 2, 3);
        return p;
    }

    private static IdxSource.Options bind(String yaml) {
        return ConfigBinder.bind(YamlConfigReader.read(new StringReader(yaml), "r.yaml"), IdxSource.Options.class, "input.options (idx)");
    }

    @Test
    void ubyteImagesAndLabelsRoundTrip() throws IOException {
        Path images = images("train-images-idx3-ubyte", 3);
        IdxWriter.labels(dir.resolve("train-labels-idx1-ubyte"), 7, 0, 255);

        List<IdxFiles.Unit> units = units(images, DEFAULTS.withLabels("train-labels-idx1-ubyte"));

        assertThat(units).extracting(IdxFiles.Unit::line).containsExactly(1L, 2L, 3L);
        byte[] all = pixels(3);
        for (int i = 0; i < 3; i++) {
            Record r = units.get(i).decode();
            assertThat(r.id()).isEqualTo("f:" + (i + 1));
            assertThat(r.fieldNames()).containsExactly("image", "rows", "cols", "label");
            assertThat(r.getBytes("image")).isEqualTo(Arrays.copyOfRange(all, i * 6, i * 6 + 6));
            assertThat(r.getLong("rows")).isEqualTo(2L);
            assertThat(r.getLong("cols")).isEqualTo(3L);
        }
        assertThat(units).extracting(u -> u.decode().getLong("label")).containsExactly(7L, 0L, 255L);
        assertThat(units.get(0).reader().rawText(units.get(0).raw())).isEqualTo("IDX item of 6 bytes (ubyte), label 7");
    }

    @Test
    void decodesAfterCloseOnOtherThreads() throws Exception {
        Path images = images("a.idx", 50);
        IdxWriter.labels(dir.resolve("a-labels.idx"), new int[50]);
        List<IdxFiles.Unit> units = units(images, DEFAULTS.withLabels("a-labels.idx").asFloats(null)); // reader already closed
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Record>> decoded = units.stream().map(u -> pool.submit(u::decode)).toList();
            byte[] all = pixels(50);
            for (int i = 0; i < 50; i++) {
                float[] v = decoded.get(i).get().getFloatVector("image");
                assertThat(v).hasSize(6);
                assertThat(v[5]).isEqualTo((float) ((all[i * 6 + 5] & 0xFF) / 255.0));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void floatsAreScaledByOneOver255ForUbyteByDefaultOrByScale() throws IOException {
        Path p = dir.resolve("px.idx");
        IdxWriter.ubyte(p, new byte[] {0, (byte) 255, (byte) 128, 51}, 1, 2, 2);

        float[] unit = records(p, bind("as: floats")).get(0).getFloatVector("image");
        assertThat(unit).containsExactly(0f, 1f, 128 / 255f, 0.2f);

        Record scaled = records(p, bind("{as: floats, scale: 2, field: x}")).get(0);
        assertThat(scaled.getFloatVector("x")).containsExactly(0f, 510f, 256f, 102f);
        assertThat(scaled.fieldNames()).containsExactly("x", "rows", "cols");
    }

    @Test
    void floatIdxRoundTripsUnscaled() throws IOException {
        Path p = dir.resolve("emb.idx");
        float[] data = {1.5f, -2.25f, 0f, 3.4028235e38f, 1e-7f, -0f};
        IdxWriter.floats(p, data, 2, 3); // rank 2: vectors, no rows and cols

        List<Record> rs = records(p, bind("as: floats"));

        assertThat(rs).hasSize(2);
        assertThat(rs.get(0).fieldNames()).containsExactly("image");
        assertThat(rs.get(0).getFloatVector("image")).containsExactly(1.5f, -2.25f, 0f);
        assertThat(rs.get(1).getFloatVector("image")).containsExactly(3.4028235e38f, 1e-7f, -0f);
        assertThatThrownBy(() -> records(p, DEFAULTS))
                .isInstanceOf(IOException.class)
                .hasMessage("emb.idx holds float values, which as: bytes cannot keep; set input.options.as: floats");
    }

    @Test
    void everyTypeCodeReads() throws IOException {
        double[] values = {-3, 0, 100, 7};
        for (IdxType t : List.of(IdxType.BYTE, IdxType.SHORT, IdxType.INT, IdxType.DOUBLE)) {
            Path p = dir.resolve(t.label() + ".idx");
            IdxWriter.write(p, t, values, 2, 2);
            List<Record> rs = records(p, bind("as: floats"));
            assertThat(rs).as(t.label()).extracting(r -> r.getFloatVector("image"))
                    .containsExactly(new float[] {-3, 0}, new float[] {100, 7});
        }
        Path wide = dir.resolve("wide.idx");
        IdxWriter.write(wide, IdxType.INT, new double[] {70000, -70000}, 1, 2);
        assertThat(records(wide, bind("{as: floats, scale: 0.5}")).get(0).getFloatVector("image")).containsExactly(35000f, -35000f);
        Path signed = dir.resolve("signed.idx");
        IdxWriter.write(signed, IdxType.BYTE, new double[] {-1, 5}, 1, 2);
        assertThat(records(signed, DEFAULTS).get(0).getBytes("image")).containsExactly(-1, 5);
        Path d = dir.resolve("d.idx");
        IdxWriter.write(d, IdxType.DOUBLE, new double[] {0.1}, 1, 1);
        assertThat(records(d, bind("as: floats")).get(0).getFloatVector("image")[0]).isCloseTo(0.1f, within(1e-9f));
    }

    @Test
    void rank1DataGivesOneScalarPerRecord() throws IOException {
        Path labels = dir.resolve("t10k-labels-idx1-ubyte");
        IdxWriter.labels(labels, 7, 2, 1);
        List<Record> rs = records(labels, bind("field: label"));
        assertThat(rs).extracting(Record::fields).containsExactly(
                java.util.Map.of("label", 7L), java.util.Map.of("label", 2L), java.util.Map.of("label", 1L));

        Path scores = dir.resolve("scores.idx");
        IdxWriter.write(scores, IdxType.FLOAT, new double[] {0.5, -1}, 2);
        assertThat(records(scores, DEFAULTS)).extracting(r -> r.getDouble("image")).containsExactly(0.5, -1.0);
        Path ints = dir.resolve("ints.idx");
        IdxWriter.write(ints, IdxType.INT, new double[] {-5, 1 << 30}, 2);
        assertThat(records(ints, DEFAULTS)).extracting(r -> r.getLong("image")).containsExactly(-5L, (long) (1 << 30));
    }

    @Test
    void labelsPathsAreRelativeToTheImagesOrAbsoluteAndMayBeCompressed() throws IOException {
        Files.createDirectories(dir.resolve("mnist/labels"));
        Path images = dir.resolve("mnist/images.idx.gz");
        IdxWriter.ubyte(images, pixels(2), 2, 2, 3);
        IdxWriter.labels(dir.resolve("mnist/labels/l.idx.gz"), 4, 5);

        assertThat(records(images, DEFAULTS.withLabels("labels/l.idx.gz"))).extracting(r -> r.getLong("label")).containsExactly(4L, 5L);
        assertThat(records(images, DEFAULTS.withLabels(dir.resolve("mnist/labels/l.idx.gz").toString())))
                .extracting(r -> r.getLong("label")).containsExactly(4L, 5L);
        assertThat(records(images, bind("label_field: y").withLabels("labels/l.idx.gz")).get(1).getLong("y")).isEqualTo(5L);
    }

    @Test
    void theFormatIsRegisteredAndClaimsImagesFilesButNotLabelsFiles() {
        FormatRegistry formats = FormatRegistry.load();
        assertThat(formats.source("idx", null)).isInstanceOf(IdxSource.class);
        for (String name : List.of("train-images-idx3-ubyte", "train-images-idx3-ubyte.gz", "x.idx", "a.idx3-ubyte", "pixels.ubyte.zst")) {
            assertThat(formats.sourceForFile(name)).as(name).isInstanceOf(IdxSource.class);
        }
        assertThat(formats.sourceForFile("train-labels-idx1-ubyte")).isNull();
    }

    @Test
    void optionsAreChecked() {
        IdxSource.Options o = bind("{}");
        assertThat(o).isEqualTo(new IdxSource.Options(null, "image", "label", IdxSource.As.BYTES, null));
        assertThatThrownBy(() -> bind("scale: 0.5")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("scale applies only with as: floats");
        assertThatThrownBy(() -> bind("as: float")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("one of [bytes, floats]").hasMessageContaining("did you mean 'floats'");
        assertThat(bind("field: label").field()).as("no labels file: no clash").isEqualTo("label");
        assertThatThrownBy(() -> bind("{field: label, labels: l.idx}")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("label_field 'label' must differ from field 'label', rows and cols");
        assertThatThrownBy(() -> bind("{label_field: rows, labels: l.idx}")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("label_field 'rows' must differ");
        assertThatThrownBy(() -> bind("field: cols")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("field must not be rows or cols");
    }

    @Test
    void writerRefusesDataThatDoesNotMatchTheShape() {
        assertThatThrownBy(() -> IdxWriter.ubyte(dir.resolve("x.idx"), new byte[5], 1, 2, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ubyte 1x2x3 needs 6 bytes of data, got 5");
        assertThatThrownBy(() -> IdxWriter.labels(dir.resolve("x.idx"), 256))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("label 256 does not fit a ubyte");
    }
}
