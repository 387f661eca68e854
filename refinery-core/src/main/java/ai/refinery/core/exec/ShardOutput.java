package ai.refinery.core.exec;

import ai.refinery.core.io.ShardWriter;
import ai.refinery.core.io.SinkFormat;
import ai.refinery.core.io.jsonl.JsonValues;
import ai.refinery.core.recipe.OutputSpec;
import ai.refinery.core.run.OperatorStats;
import ai.refinery.core.run.RunReport.OutputInfo;
import ai.refinery.core.record.Record;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes batches, in input order, into output shards with their quarantine and dropped-sample files. Each shard is written to
 * a hidden temporary file and renamed into place when complete, then logged in the journal, so a
 * kill leaves only whole shards behind.
 */
final class ShardOutput {
    private final OutputSpec spec;
    private final OutputLayout layout;
    private final ResumeJournal journal;
    private final Supplier<OperatorStats[]> newStats;
    private final ShardCounters total;
    /** Where shards go: the output directory, or {@code _refinery/staging/} while a gate may refuse them. */
    private final Path shardDir;
    private final TapSet outputTaps;
    private final TapSet inputTaps;
    private final List<OutputInfo> outputs = new ArrayList<>();

    private int shard = -1;
    private Path tmp;
    private ShardWriter writer;
    private ShardCounters counters;
    private SideFile quarantine;
    private SideFile dropped;
    private SideFile changed;
    /** Dropped samples kept in this shard per step and reason, to cap them at output.dropped_samples. */
    private final Map<String, Integer> droppedKept = new HashMap<>();
    /** Changed-record samples kept in this shard per step. */
    private final Map<String, Integer> changedKept = new HashMap<>();

    ShardOutput(OutputSpec spec, OutputLayout layout, ResumeJournal journal, Supplier<OperatorStats[]> newStats, ShardCounters total,
                Path shardDir, TapSet inputTaps, TapSet outputTaps) {
        this.spec = spec;
        this.shardDir = shardDir;
        this.inputTaps = inputTaps;
        this.outputTaps = outputTaps;
        this.layout = layout;
        this.journal = journal;
        this.newStats = newStats;
        this.total = total;
    }

    /** Writes one batch (batches arrive in input order). Replayed batches only rebuild state: taps, not files. */
    void accept(BatchWork w) throws IOException {
        inputTaps.merge(w.inputPartials);
        outputTaps.merge(w.outputPartials);
        if (w.replay) return;
        if (w.shard != shard) {
            commit();
            open(w.shard);
        }
        writer.write(w.encoded);
        for (QuarantineEntry q : w.quarantine) quarantine.write(g -> writeQuarantined(g, q));
        for (DroppedSample d : w.dropped) {
            if (droppedKept.merge(d.step() + '\u0000' + d.reason(), 1, Integer::sum) <= spec.droppedSamples()) {
                dropped.write(g -> writeDropped(g, d));
            }
        }
        for (ChangedSample c : w.changed) {
            if (changedKept.merge(c.step(), 1, Integer::sum) <= spec.changedSamples()) changed.write(g -> writeChanged(g, c));
        }
        counters.add(w);
    }

    private void open(int index) throws IOException {
        shard = index;
        String name = spec.shardName(index);
        tmp = shardDir.resolve("." + name + ".tmp");
        Files.createDirectories(shardDir);
        Files.deleteIfExists(tmp);
        @SuppressWarnings("unchecked")
        SinkFormat<java.lang.Record> format = (SinkFormat<java.lang.Record>) spec.format();
        OutputStream out = null;
        if (format.streamsBytes()) {
            out = spec.compression().compress(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16));
        }
        writer = format.open(tmp, out, spec.options());
        counters = new ShardCounters(newStats.get());
        quarantine = new SideFile(layout.quarantineDir().resolve(sideFileName(index)));
        dropped = new SideFile(layout.droppedDir().resolve(sideFileName(index)));
        changed = new SideFile(layout.changedDir().resolve(sideFileName(index)));
        droppedKept.clear();
        changedKept.clear();
    }

    private static void writeQuarantined(JsonGenerator g, QuarantineEntry q) throws IOException {
        g.writeStringField("source", q.source());
        g.writeNumberField("line", q.line());
        g.writeStringField("stage", q.stage());
        g.writeStringField("error", q.error());
        if (q.raw() != null) g.writeStringField("raw", q.raw());
        if (q.record() != null) writeRecord(g, q.record());
    }

    private static void writeDropped(JsonGenerator g, DroppedSample d) throws IOException {
        g.writeStringField("step", d.step());
        g.writeStringField("reason", d.reason());
        g.writeStringField("source", d.source());
        g.writeNumberField("line", d.line());
        writeRecord(g, d.record());
    }

    private static void writeChanged(JsonGenerator g, ChangedSample c) throws IOException {
        g.writeStringField("step", c.step());
        g.writeStringField("source", c.source());
        g.writeNumberField("line", c.line());
        g.writeStringField("id", c.before().id());
        g.writeFieldName("before");
        JsonValues.writeRecord(g, c.before(), null, "_meta");
        g.writeFieldName("after");
        JsonValues.writeRecord(g, c.after(), null, "_meta");
    }

    private static void writeRecord(JsonGenerator g, Record r) throws IOException {
        g.writeStringField("id", r.id());
        g.writeFieldName("record");
        JsonValues.writeRecord(g, r, null, "_meta");
    }

    /** The quarantine and dropped-sample file name of a shard. */
    static String sideFileName(int shard) {
        return String.format("part-%05d.jsonl", shard);
    }

    /** Closes, syncs and renames the open shard and its side files, then logs it. */
    void commit() throws IOException {
        if (writer == null) return;
        writer.close();
        writer = null;
        Path target = shardDir.resolve(spec.shardName(shard));
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        quarantine.commit();
        dropped.commit();
        changed.commit();
        long bytes = Files.size(target);
        journal.log(new ResumeJournal.ShardEntry(shard, target.getFileName().toString(), bytes, counters.in,
                counters.readQuarantined, counters.out, counters.quarantined, counters.summaries()));
        outputs.add(new OutputInfo(target.getFileName().toString(), counters.out, bytes));
        total.add(counters);
        counters = null;
    }

    /** Abandons the open shard after a failure: its counts are kept, its files are not. */
    void abort() {
        try {
            if (writer != null) writer.close();
        } catch (IOException | RuntimeException ignored) {
            // the run already failed; the temporary file is removed below
        }
        try {
            if (tmp != null) Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // a leftover hidden temp file is removed by the next run
        }
        if (quarantine != null) quarantine.abort();
        if (dropped != null) dropped.abort();
        if (changed != null) changed.abort();
        if (counters != null) total.add(counters);
        writer = null;
        counters = null;
    }

    List<OutputInfo> outputs() {
        return outputs;
    }
}
