package ai.refinery.core.exec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A JSON Lines file that goes with one output shard (its quarantine, its dropped samples): opened
 * only when the first entry comes, written to a hidden temporary file, and renamed into place
 * when the shard is committed, so it is as crash-safe as the shard itself.
 */
final class SideFile {
    private static final JsonFactory JSON = new JsonFactory();

    /** Writes one entry's fields. */
    interface Entry {
        void writeFields(JsonGenerator g) throws IOException;
    }

    private final Path target;
    private final Path tmp;
    private JsonGenerator out;

    SideFile(Path target) {
        this.target = target;
        this.tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    void write(Entry entry) throws IOException {
        if (out == null) {
            Files.createDirectories(target.getParent());
            out = JSON.createGenerator(Files.newOutputStream(tmp));
            out.setRootValueSeparator(null);
        }
        out.writeStartObject();
        entry.writeFields(out);
        out.writeEndObject();
        out.writeRaw('\n');
    }

    /** Syncs and renames the file into place; removes a stale one when nothing was written. */
    void commit() throws IOException {
        if (out == null) {
            Files.deleteIfExists(target); // left by an earlier attempt at this shard
            return;
        }
        out.close();
        out = null;
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Drops what was written (the run failed). */
    void abort() {
        try {
            if (out != null) out.close();
        } catch (IOException ignored) {
            // the file is deleted next
        }
        out = null;
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // a leftover hidden temp file is removed by the next run
        }
    }
}
