package ai.refinery.parquet;

import ai.refinery.core.io.BadRecordException;
import ai.refinery.core.io.Compression;
import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.RawBatch;
import ai.refinery.core.io.ShardWriter;
import ai.refinery.core.io.SourceReader;
import ai.refinery.core.record.Record;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Drives the format SPI the way the engine does, for tests. */
final class ParquetFiles {
    private ParquetFiles() {}

    static void write(Path file, ParquetSink.Options options, List<Record> records) throws IOException {
        try (ShardWriter w = new ParquetSink().open(file, null, options)) {
            w.write(new ParquetSink().encode(records, options));
        }
    }

    static List<Record> read(Path file) throws IOException {
        return read(file, ParquetSource.Options.defaults());
    }

    static List<Record> read(Path file, ParquetSource.Options options) throws IOException {
        List<Record> out = new ArrayList<>();
        try (SourceReader r = open(file, options)) {
            RawBatch batch = new RawBatch(64);
            while (r.next(batch)) { /* read all */ }
            for (int i = 0; i < batch.size(); i++) out.add(decode(r, batch.unit(i), "row-" + batch.line(i)));
        }
        return out;
    }

    static SourceReader open(Path file, ParquetSource.Options options) throws IOException {
        InputFile in = new InputFile(file, file.getFileName().toString(), Compression.NONE, Files.size(file));
        return new ParquetSource().open(in, null, options);
    }

    static Record decode(SourceReader r, Object unit, String id) {
        try {
            return r.decode(unit, id);
        } catch (BadRecordException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }
}
