package ai.refinery.learn.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.record.Record;
import ai.refinery.learn.nn.TestSeeds;
import ai.refinery.learn.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileRoundTripTest {
    private static final long SEED = TestSeeds.seed();

    @TempDir
    Path dir;

    @Test
    void weightsAreBitIdenticalAndEverythingElseIsKept() throws IOException {
        TrainedModel model = TestModels.random(SEED);
        Path file = dir.resolve("m.rfnmodel");
        ModelFile.write(file, model);
        TrainedModel back = ModelFile.read(file);

        assertThat(back.spec()).isEqualTo(model.spec());
        assertThat(back.features()).isEqualTo(model.features());
        assertThat(back.provenance()).isEqualTo(model.provenance());
        assertThat(back.metrics()).isEqualTo(model.metrics());
        Map<String, Tensor> written = model.weights();
        Map<String, Tensor> read = back.weights();
        assertThat(read.keySet()).containsExactlyElementsOf(written.keySet());
        for (String name : written.keySet()) {
            assertThat(read.get(name).shape()).as(name).containsExactly(written.get(name).shape());
            assertThat(bits(read.get(name).data())).as("%s, seed=%d", name, SEED).containsExactly(bits(written.get(name).data()));
        }
        assertThat(Float.floatToRawIntBits(read.get("dense_0.weight").data()[0])).as("negative zero").isEqualTo(0x80000000);
    }

    @Test
    void predictionsAreIdenticalAfterTheRoundTrip() throws IOException {
        TrainedModel model = TestModels.random(SEED);
        Path file = dir.resolve("m.rfnmodel");
        ModelFile.write(file, model);
        TrainedModel back = ModelFile.read(file);
        List<Record> records = TestModels.embeddingRecords(SEED + 3, 50, 20);
        List<Prediction> expected = model.predict(records);
        List<Prediction> actual = back.predict(records);
        for (int i = 0; i < records.size(); i++) {
            assertThat(actual.get(i).predictedClass()).as("seed=%d", SEED).isEqualTo(expected.get(i).predictedClass());
            assertThat(actual.get(i).className()).isEqualTo(expected.get(i).className());
            assertThat(actual.get(i).probabilities()).as("seed=%d", SEED).containsExactly(expected.get(i).probabilities());
        }
    }

    @Test
    void theSameModelAlwaysGivesTheSameBytes() throws IOException {
        TrainedModel model = TestModels.random(SEED);
        ModelFile.write(dir.resolve("a.rfnmodel"), model);
        ModelFile.write(dir.resolve("b.rfnmodel"), ModelFile.read(dir.resolve("a.rfnmodel")));
        assertThat(Files.readAllBytes(dir.resolve("b.rfnmodel"))).isEqualTo(Files.readAllBytes(dir.resolve("a.rfnmodel")));
    }

    @Test
    void theFileFollowsTheDocumentedLayout() throws IOException {
        Path file = dir.resolve("m.rfnmodel");
        ModelFile.write(file, TestModels.golden());
        ModelBytes m = ModelBytes.parse(Files.readAllBytes(file));
        assertThat(new String(m.magic, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RFNMODEL");
        assertThat(m.version).isEqualTo(1);
        assertThat(m.family).isEqualTo("mlp");
        assertThat(m.header).startsWith("{\"spec\":{\"input_size\":4,")
                .contains("{\"name\":\"dense_3.bias\",\"shape\":[2],\"dtype\":\"float32\",\"offset\":" + 4 * (12 + 3 + 6) + "}");
        assertThat(m.dataLength).isEqualTo(4L * (12 + 3 + 6 + 2));
        // little-endian float32: the first weight, -5/8, is 0xBF200000
        assertThat(m.data).startsWith(0x00, 0x00, 0x20, 0xBF);
    }

    @Test
    void writeReplacesAFileAtomicallyCreatesDirectoriesAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("models/run-1/model.rfnmodel");
        ModelFile.write(file, TestModels.golden());
        ModelFile.write(file, TestModels.random(SEED));
        assertThat(ModelFile.read(file).spec()).isEqualTo(TestModels.random(SEED).spec());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    private static int[] bits(float[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) out[i] = Float.floatToRawIntBits(values[i]);
        return out;
    }
}
