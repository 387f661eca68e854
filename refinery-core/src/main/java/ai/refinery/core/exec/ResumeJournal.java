package ai.refinery.core.exec;

import ai.refinery.core.run.OperatorSummary;
import ai.refinery.core.run.RunReportJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only log of finished shards in {@code _refinery/journal.jsonl}: a header naming the
 * run's fingerprint, then one line per committed shard with its counters. A shard is in the log
 * only after its file was renamed into place, so on resume every logged shard whose file is
 * present and of the logged size is done. A torn last line (a kill mid-write) is ignored.
 */
final class ResumeJournal implements AutoCloseable {
    /** What must match for a run to resume another: {@code staged} says whether shards wait in _refinery/staging/. */
    record Header(String fingerprint, int batchSize, long batchesPerShard, String format, boolean staged) {}

    record ShardEntry(int shard, String file, long bytes, long recordsIn, long readQuarantined, long recordsOut,
                      long quarantined, List<OperatorSummary> operators) {}

    private static final ObjectMapper JSON = RunReportJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);

    private final FileChannel channel;

    private ResumeJournal(FileChannel channel) {
        this.channel = channel;
    }

    /** Starts a fresh journal with its header. */
    static ResumeJournal create(Path file, Header header) throws IOException {
        Files.createDirectories(file.getParent());
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        ResumeJournal j = new ResumeJournal(ch);
        j.append(header);
        return j;
    }

    /** Reopens a journal to append to it. */
    static ResumeJournal append(Path file) throws IOException {
        return new ResumeJournal(FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
    }

    /** The header and the logged shards by index; empty header when the file is missing or unreadable. */
    static Loaded load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return new Loaded(null, Map.of());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) return new Loaded(null, Map.of());
        Header header;
        try {
            header = JSON.readValue(lines.get(0), Header.class);
        } catch (IOException e) {
            return new Loaded(null, Map.of());
        }
        Map<Integer, ShardEntry> shards = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            try {
                ShardEntry e = JSON.readValue(lines.get(i), ShardEntry.class);
                shards.put(e.shard(), e);
            } catch (IOException e) {
                break; // torn tail from a crash: everything after it is redone
            }
        }
        return new Loaded(header, shards);
    }

    record Loaded(Header header, Map<Integer, ShardEntry> shards) {}

    void log(ShardEntry entry) throws IOException {
        append(entry);
    }

    private void append(Object line) throws IOException {
        byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        channel.write(java.nio.ByteBuffer.wrap(bytes));
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
