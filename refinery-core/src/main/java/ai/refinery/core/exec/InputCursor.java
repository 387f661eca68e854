package ai.refinery.core.exec;

import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.RawBatch;
import ai.refinery.core.io.SourceFormat;
import ai.refinery.core.io.SourceReader;
import ai.refinery.core.recipe.InputSpec;
import ai.refinery.core.run.RunReport.InputInfo;
import ai.refinery.core.util.Sha256;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads the input files one after another and cuts them into batches of raw units (a batch never
 * spans two files). Runs on one thread. Hashes every file's bytes as they pass and counts its
 * units, so the run report can name exactly what was read.
 */
final class InputCursor implements AutoCloseable {
    private final InputSpec spec;
    private final int batchSize;
    private final AtomicLong bytesRead = new AtomicLong();
    private final List<InputInfo> finished = new ArrayList<>();
    private int fileIndex = -1;
    private SourceReader reader;
    private MessageDigest digest;
    private InputStream hashedStream;
    private String precomputedSha;
    private long unitsInFile;

    InputCursor(InputSpec spec, int batchSize) {
        this.spec = spec;
        this.batchSize = batchSize;
    }

    /** The next batch, or null when every file is read. */
    Batch next() throws IOException {
        while (true) {
            if (reader == null && !openNextFile()) return null;
            RawBatch raw = new RawBatch(Math.min(batchSize, 1024));
            InputFile file = spec.files().get(fileIndex);
            SourceReader r = reader;
            try {
                while (raw.size() < batchSize && r.next(raw)) {
                    // next() adds the unit
                }
            } catch (IOException | RuntimeException e) {
                throw new IOException(file.path() + ": cannot read after record " + (unitsInFile + raw.size()) + ": " + e.getMessage(), e);
            }
            unitsInFile += raw.size();
            if (raw.size() < batchSize) finishFile();
            if (raw.size() > 0) return new Batch(fileIndex, file, r, raw, bytesRead.get());
        }
    }

    private boolean openNextFile() throws IOException {
        if (fileIndex + 1 >= spec.files().size()) return false;
        fileIndex++;
        InputFile file = spec.files().get(fileIndex);
        unitsInFile = 0;
        @SuppressWarnings("unchecked")
        SourceFormat<java.lang.Record> format = (SourceFormat<java.lang.Record>) spec.format();
        try {
            if (format.streamsBytes()) {
                digest = Sha256.newDigest();
                precomputedSha = null;
                InputStream raw = new CountingInputStream(Files.newInputStream(file.path()), bytesRead);
                hashedStream = new DigestInputStream(new BufferedInputStream(raw, 1 << 16), digest);
                InputStream in = file.compression().decompress(hashedStream);
                reader = format.open(file, in, spec.options());
            } else {
                digest = null;
                precomputedSha = hashWhole(file);
                reader = format.open(file, null, spec.options());
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException(file.path() + ": cannot open: " + e.getMessage(), e);
        }
        return true;
    }

    private String hashWhole(InputFile file) throws IOException {
        MessageDigest d = Sha256.newDigest();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file.path())) {
            for (int n; (n = in.read(buf)) > 0; ) d.update(buf, 0, n);
        }
        bytesRead.addAndGet(file.sizeBytes());
        return Sha256.hex(d);
    }

    private void finishFile() throws IOException {
        InputFile file = spec.files().get(fileIndex);
        try {
            if (digest != null) drainRest();
            reader.close();
        } finally {
            reader = null;
        }
        String sha = digest != null ? Sha256.hex(digest) : precomputedSha;
        finished.add(new InputInfo(file.label(), spec.format().name(), file.sizeBytes(), sha, unitsInFile));
    }

    /** A format may stop before the end of a compressed stream's trailer; hash every byte anyway. */
    private void drainRest() throws IOException {
        byte[] buf = new byte[1 << 16];
        while (hashedStream.read(buf) > 0) {
            // hashing happens in the stream
        }
    }

    long bytesRead() { return bytesRead.get(); }

    List<InputInfo> inputs() { return List.copyOf(finished); }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                reader = null;
            }
        }
    }

    /** Raw units of one file, in order, with the reader that decodes them. */
    record Batch(int fileIndex, InputFile file, SourceReader reader, RawBatch raw, long bytesReadAfter) {}

    /** Counts the bytes read from a file for progress. */
    private static final class CountingInputStream extends FilterInputStream {
        private final AtomicLong counter;

        CountingInputStream(InputStream in, AtomicLong counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) counter.incrementAndGet();
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) counter.addAndGet(n);
            return n;
        }
    }
}
