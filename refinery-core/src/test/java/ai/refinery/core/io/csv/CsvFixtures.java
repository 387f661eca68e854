package ai.refinery.core.io.csv;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.YamlConfigReader;
import ai.refinery.core.io.BadRecordException;
import ai.refinery.core.io.Compression;
import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.RawBatch;
import ai.refinery.core.io.SourceReader;
import ai.refinery.core.record.Record;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Drives the CSV source through the SPI the engine uses, without the engine. */
final class CsvFixtures {
    private CsvFixtures() {}

    /** Source options as a recipe would give them, e.g. {@code "header: false"}. */
    static CsvSource.Options sourceOptions(String yaml) {
        return ConfigBinder.bind(YamlConfigReader.read(new StringReader(yaml), "test.yaml"), CsvSource.Options.class, "input.options");
    }

    static CsvSink.Options sinkOptions(String yaml) {
        return ConfigBinder.bind(YamlConfigReader.read(new StringReader(yaml), "test.yaml"), CsvSink.Options.class, "output.options");
    }

    static SourceReader open(String fileName, byte[] content, CsvSource.Options options) throws IOException {
        InputFile file = new InputFile(Path.of(fileName), fileName, Compression.ofFileName(fileName), content.length);
        return new CsvSource().open(file, new ByteArrayInputStream(content), options);
    }

    /** All units of a file with their lines; the reader stays open for decoding. */
    record Units(SourceReader reader, List<Object> units, List<Long> lines) {
        Record decode(int i) throws BadRecordException {
            return reader.decode(units.get(i), "t:" + lines.get(i));
        }

        List<Record> decodeAll() throws BadRecordException {
            List<Record> out = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) out.add(decode(i));
            return out;
        }

        int size() { return units.size(); }
    }

    static Units read(String fileName, String content, CsvSource.Options options) throws IOException {
        return read(fileName, content.getBytes(StandardCharsets.UTF_8), options);
    }

    static Units read(String fileName, byte[] content, CsvSource.Options options) throws IOException {
        SourceReader reader = open(fileName, content, options);
        RawBatch batch = new RawBatch(2);
        while (reader.next(batch)) {
            // one unit per call
        }
        List<Object> units = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            units.add(batch.unit(i));
            lines.add(batch.line(i));
        }
        return new Units(reader, units, lines);
    }

    static Units read(String content, CsvSource.Options options) throws IOException {
        return read("data.csv", content, options);
    }
}
