package ai.refinery.learn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way {@link ModelFile#read} refuses a file: a good file is written, then damaged. */
class ModelFileErrorsTest {
    @TempDir
    Path dir;

    private Path file;
    private byte[] good;

    @BeforeEach
    void writeAGoodFile() throws IOException {
        file = dir.resolve("model.rfnmodel");
        ModelFile.write(file, TestModels.golden());
        good = Files.readAllBytes(file);
    }

    private AbstractThrowableAssert<?, ?> readingFails(byte[] content) throws IOException {
        Files.write(file, content);
        return assertThatThrownBy(() -> ModelFile.read(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith(file + ": ")
                .satisfies(e -> assertThat(((ModelFileException) e).file()).isEqualTo(file));
    }

    @Test
    void aFileOfAnotherKindIsNotARefineryModel() throws IOException {
        readingFails("{\"id\": 1, \"text\": \"hello\"}\n".getBytes(StandardCharsets.UTF_8))
                .hasMessage(file + ": not a Refinery model file (it does not start with \"RFNMODEL\")");
        byte[] checkpoint = good.clone();
        checkpoint[0] = 'X';
        readingFails(checkpoint).hasMessageContaining("not a Refinery model file");
        readingFails("RFN".getBytes(StandardCharsets.US_ASCII)).hasMessageContaining("truncated"); // a prefix of the magic
        readingFails("PK".getBytes(StandardCharsets.US_ASCII)).hasMessageContaining("not a Refinery model file");
    }

    @Test
    void aNewerFormatVersionAsksForANewerRefinery() throws IOException {
        ModelBytes m = ModelBytes.parse(good);
        m.version = 2;
        readingFails(m.assemble())
                .hasMessage(file + ": written by a newer Refinery: version 2, this reads 1; upgrade Refinery to read it");
        m.version = 0;
        readingFails(m.assemble()).hasMessageContaining("unknown format version 0; the file is damaged");
        m.version = 0x01000000; // version 1 read with the wrong byte order
        readingFails(m.assemble()).hasMessageContaining("unknown format version 16777216; the file is damaged");
    }

    @Test
    void everyPrefixOfAGoodFileIsReportedAsTruncated() throws IOException {
        for (int length = 0; length < good.length; length++) {
            Files.write(file, Arrays.copyOf(good, length));
            try {
                ModelFile.read(file);
                fail("a file cut to %d of %d bytes was read", length, good.length);
            } catch (ModelFileException e) {
                assertThat(e.getMessage()).as("cut to %d bytes", length).startsWith(file + ": truncated: the file has " + length + " bytes");
            }
        }
        readingFails(Arrays.copyOf(good, good.length - 1))
                .hasMessage(file + ": truncated: the file has " + (good.length - 1) + " bytes but needs " + good.length
                        + " to hold the 92 bytes of parameter data and the checksum; the copy is incomplete, copy or write it again");
    }

    @Test
    void bytesAfterTheChecksumAreRefused() throws IOException {
        readingFails(Arrays.copyOf(good, good.length + 3)).hasMessageContaining("3 unexpected bytes after the checksum");
    }

    @Test
    void aChangedByteInTheHeaderDataOrChecksumFailsTheChecksum() throws IOException {
        int headerStart = ModelBytes.parse(good).headerOffset();
        for (int at : new int[] {headerStart + 5, good.length - 40, good.length - 5, good.length - 1}) {
            byte[] damaged = good.clone();
            damaged[at] ^= 0x10;
            readingFails(damaged).hasMessageContaining("checksum mismatch").hasMessageEndingWith("the file is damaged; copy or write it again");
        }
    }

    @Test
    void anyChangedByteAnywhereIsRefusedAsAModelFileProblem() throws IOException {
        for (int at = 0; at < good.length; at++) {
            for (int bit : new int[] {0x01, 0x80}) {
                byte[] damaged = good.clone();
                damaged[at] ^= bit;
                Files.write(file, damaged);
                try {
                    ModelFile.read(file);
                    fail("a file with byte %d changed (^%02x) was read", at, bit);
                } catch (ModelFileException e) {
                    assertThat(e.getMessage()).startsWith(file + ": ");
                }
            }
        }
    }

    @Test
    void anotherModelFamilyIsNamed() throws IOException {
        ModelBytes m = ModelBytes.parse(good);
        m.family = "cnn";
        readingFails(m.assemble()).hasMessage(file + ": model family 'cnn' is not one this build reads (mlp)");
    }

    @Test
    void parameterShapesThatDoNotFitTheSpecAreRefused() throws IOException {
        ModelBytes m = ModelBytes.parse(good);
        m.header = goodHeader().replace("\"shape\":[4,3]", "\"shape\":[3,4]");
        readingFails(m.assemble()).hasMessageContaining("the parameters do not fit the model spec")
                .hasMessageContaining("parameter dense_0.weight has shape [4, 3] but the value given has shape [3, 4]");

        m.header = goodHeader().replace("\"input_size\":4", "\"input_size\":5");
        readingFails(m.assemble()).hasMessageContaining("parameter dense_0.weight has shape [5, 3] but the value given has shape [4, 3]");

        m.header = goodHeader().replace("\"name\":\"dense_3.bias\"", "\"name\":\"dense_9.bias\"");
        readingFails(m.assemble()).hasMessageContaining("no value for parameter dense_3.bias [2]");

        m.header = goodHeader().replace("\"name\":\"dense_3.bias\"", "\"name\":\"dense_3.weight\"");
        readingFails(m.assemble()).hasMessageContaining("parameter dense_3.weight appears twice in the table");
    }

    @Test
    void aParameterOutsideTheDataIsRefused() throws IOException {
        ModelBytes m = ModelBytes.parse(good);
        m.header = goodHeader().replace("\"offset\":84}", "\"offset\":88}");
        readingFails(m.assemble()).hasMessageContaining("parameter dense_3.bias[2]@88 does not lie within the 92 bytes of parameter data");
        m.header = goodHeader().replace("\"offset\":84}", "\"offset\":86}");
        readingFails(m.assemble()).hasMessageContaining("does not lie within");
        m.header = goodHeader().replace("\"offset\":84}", "\"offset\":-4}");
        readingFails(m.assemble()).hasMessageContaining("does not lie within");
    }

    @Test
    void aBrokenHeaderNamesWhatIsWrong() throws IOException {
        ModelBytes m = ModelBytes.parse(good);
        m.header = "{\"spec\": [";
        readingFails(m.assemble()).hasMessageContaining("the header is not valid JSON");
        m.header = goodHeader().replace("\"spec\":", "\"spek\":");
        readingFails(m.assemble()).hasMessage(file + ": bad header: spec is missing");
        m.header = goodHeader().replace("\"activation\":\"tanh\"", "\"activation\":\"gelu\"");
        readingFails(m.assemble()).hasMessageContaining("bad header: spec.activation is 'gelu'; this build knows [relu, sigmoid, tanh]");
        m.header = goodHeader().replace("\"dtype\":\"float32\"", "\"dtype\":\"float16\"");
        readingFails(m.assemble()).hasMessageContaining("parameter dense_0.weight has dtype float16; version 1 stores only float32");
        m.header = goodHeader().replace("\"classes\":2", "\"classes\":\"two\"");
        readingFails(m.assemble()).hasMessageContaining("bad header: spec.classes is \"two\", not a whole number");
    }

    @Test
    void aMissingFileIsAPlainIoError() {
        assertThatThrownBy(() -> ModelFile.read(dir.resolve("nope.rfnmodel"))).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("nope.rfnmodel");
    }

    /** The header of the good file (each test edits a fresh copy). */
    private String goodHeader() {
        return ModelBytes.parse(good).header;
    }
}
