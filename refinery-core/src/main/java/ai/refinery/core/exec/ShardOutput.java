package ai.refinery.core.exec;

import ai.refinery.core.io.ShardWriter;
import ai.refinery.core.io.SinkFormat;
import ai.refinery.core.io.jsonl.JsonValues;
import ai.refinery.core.recipe.OutputSpec;
import ai.refinery.core.run.OperatorStats;
import ai.refinery.core.run.RunReport.OutputInfo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes batches, in input order, into output shards and quarantine files. Each shard is written to
 * a hidden temporary file and renamed into place when complete, then logged in the journal, so a
 * kill leaves only whole shards behind.
 */
final class ShardOutput {
    private final OutputSpec spec;
    private final OutputLayout layout;
    private final ResumeJournal journal;
    private final Supplier<OperatorStats[]> newStats;
    private final ShardCounters total;
    private final List<OutputInfo> outputs = new ArrayList<>();

    private int shard = -1;
    private Path tmp;
    private ShardWriter writer;
    private ShardCounters counters;
    private Path quarantineTmp;
    private JsonGenerator quarantine;
    private long quarantinedInShard;

    ShardOutput(OutputSpec spec, OutputLayout layout, ResumeJournal journal, Supplier<OperatorStats[]> newStats, ShardCounters total) {
        this.spec = spec;
        this.layout = layout;
        this.journal = journal;
        this.newStats = newStats;
        this.total = total;
    }

    /** Writes one batch (batches arrive in input order). Replayed batches only rebuilt state: skip. */
    void accept(BatchWork w) throws IOException {
        if (w.replay) return;
        if (w.shard != shard) {
            commit();
            open(w.shard);
        }
        writer.write(w.encoded);
        for (QuarantineEntry q : w.quarantine) writeQuarantine(q);
        counters.add(w);
    }

    private void open(int index) throws IOException {
        shard = index;
        String name = spec.shardName(index);
        tmp = layout.dir().resolve("." + name + ".tmp");
        Files.deleteIfExists(tmp);
        @SuppressWarnings("unchecked")
        SinkFormat<java.lang.Record> format = (SinkFormat<java.lang.Record>) spec.format();
        OutputStream out = null;
        if (format.streamsBytes()) {
            out = spec.compression().compress(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16));
        }
        writer = format.open(tmp, out, spec.options());
        counters = new ShardCounters(newStats.get());
        quarantinedInShard = 0;
    }

    private void writeQuarantine(QuarantineEntry q) throws IOException {
        if (quarantine == null) {
            quarantineTmp = layout.quarantineDir().resolve("." + quarantineName(shard) + ".tmp");
            Files.createDirectories(quarantineTmp.getParent());
            quarantine = new JsonFactory().createGenerator(Files.newOutputStream(quarantineTmp));
            quarantine.setRootValueSeparator(null);
        }
        JsonGenerator g = quarantine;
        g.writeStartObject();
        g.writeStringField("source", q.source());
        g.writeNumberField("line", q.line());
        g.writeStringField("stage", q.stage());
        g.writeStringField("error", q.error());
        if (q.raw() != null) g.writeStringField("raw", q.raw());
        if (q.record() != null) {
            g.writeStringField("id", q.record().id());
            g.writeFieldName("record");
            JsonValues.writeRecord(g, q.record(), null, "_meta");
        }
        g.writeEndObject();
        g.writeRaw('\n');
        quarantinedInShard++;
    }

    static String quarantineName(int shard) {
        return String.format("part-%05d.jsonl", shard);
    }

    /** Closes, syncs and renames the open shard, then logs it. */
    void commit() throws IOException {
        if (writer == null) return;
        writer.close();
        writer = null;
        Path target = layout.dir().resolve(spec.shardName(shard));
        sync(tmp);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Path quarantineTarget = layout.quarantineDir().resolve(quarantineName(shard));
        if (quarantine != null) {
            quarantine.close();
            quarantine = null;
            sync(quarantineTmp);
            Files.move(quarantineTmp, quarantineTarget, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.deleteIfExists(quarantineTarget); // a stale file from an earlier attempt at this shard
        }
        long bytes = Files.size(target);
        journal.log(new ResumeJournal.ShardEntry(shard, target.getFileName().toString(), bytes, counters.in,
                counters.readQuarantined, counters.out, counters.quarantined, counters.summaries()));
        outputs.add(new OutputInfo(target.getFileName().toString(), counters.out, bytes));
        total.add(counters);
        counters = null;
    }

    /** Abandons the open shard after a failure: its counts are kept, its file is not. */
    void abort() {
        try {
            if (writer != null) writer.close();
            if (quarantine != null) quarantine.close();
        } catch (IOException | RuntimeException ignored) {
            // the run already failed; the temporary files are removed below
        }
        try {
            if (tmp != null) Files.deleteIfExists(tmp);
            if (quarantineTmp != null) Files.deleteIfExists(quarantineTmp);
        } catch (IOException ignored) {
            // a leftover hidden temp file is removed by the next run
        }
        if (counters != null) total.add(counters);
        writer = null;
        quarantine = null;
        counters = null;
    }

    List<OutputInfo> outputs() {
        return outputs;
    }

    private static void sync(Path p) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }
}
