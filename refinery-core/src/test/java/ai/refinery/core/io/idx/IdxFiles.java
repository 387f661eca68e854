package ai.refinery.core.io.idx;

import ai.refinery.core.io.BadRecordException;
import ai.refinery.core.io.Compression;
import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.RawBatch;
import ai.refinery.core.io.SourceReader;
import ai.refinery.core.record.Record;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads IDX files the way the engine does (decompressing by suffix), for the tests. */
final class IdxFiles {
    private IdxFiles() {}

    /** One unit as read, with its line and the reader that decodes it. */
    record Unit(SourceReader reader, Object raw, long line) {
        Record decode() {
            try {
                return reader.decode(raw, "f:" + line);
            } catch (BadRecordException e) {
                throw new AssertionError(e);
            }
        }
    }

    static InputFile inputFile(Path file) {
        try {
            return new InputFile(file, file.getFileName().toString(), Compression.ofFileName(file.toString()), Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens and reads every unit; the reader is closed before any is decoded. */
    static List<Unit> units(Path file, IdxSource.Options options) throws IOException {
        InputFile f = inputFile(file);
        InputStream in = f.compression().decompress(Files.newInputStream(file));
        List<Unit> out = new ArrayList<>();
        try (SourceReader reader = new IdxSource().open(f, in, options)) {
            RawBatch batch = new RawBatch(2);
            while (reader.next(batch)) {
                out.add(new Unit(reader, batch.unit(out.size()), batch.line(out.size())));
            }
            if (reader.next(batch)) throw new AssertionError("next() must stay at the end");
        }
        return out;
    }

    static List<Record> records(Path file, IdxSource.Options options) throws IOException {
        List<Record> out = new ArrayList<>();
        for (Unit u : units(file, options)) out.add(u.decode());
        return out;
    }
}
