package ai.refinery.core.exec;

import ai.refinery.core.record.Record;
import ai.refinery.core.run.OperatorStats;
import java.util.ArrayList;
import java.util.List;

/**
 * One batch on its way through the pipeline. Each stage works on it alone (stages of one batch run
 * one after another), so its fields need no locking; the future chain publishes them safely.
 */
final class BatchWork {
    final int shard;
    final boolean replay;
    final InputCursor.Batch input;
    /** Records still alive, in input order. */
    List<Record> records;
    /** Where each live record came from (input line), parallel to {@link #records}. */
    long[] lines;
    final List<QuarantineEntry> quarantine = new ArrayList<>();
    /** Examples of dropped records, at most output.dropped_samples per step and reason in this batch. */
    final List<DroppedSample> dropped = new ArrayList<>();
    private java.util.Map<String, Integer> droppedPerReason;
    /** Examples of records a mapper changed, at most output.changed_samples per step in this batch. */
    final List<ChangedSample> changed = new ArrayList<>();
    private int[] changedPerStep;
    /** Per-batch partials of the run's input and output taps (null when there are none). */
    ai.refinery.core.tap.RecordTap.Partial[] inputPartials;
    ai.refinery.core.tap.RecordTap.Partial[] outputPartials;
    final OperatorStats[] stats;
    long readQuarantined;
    Object[] signatures;
    Object encoded;

    BatchWork(int shard, boolean replay, InputCursor.Batch input, OperatorStats[] stats) {
        this.shard = shard;
        this.replay = replay;
        this.input = input;
        this.stats = stats;
    }

    /** Keeps a dropped record as an example unless this batch already has enough for its step and reason. */
    void sampleDropped(String step, String reason, long line, Record r, int limit) {
        if (limit <= 0) return;
        if (droppedPerReason == null) droppedPerReason = new java.util.HashMap<>();
        if (droppedPerReason.merge(step + '\u0000' + reason, 1, Integer::sum) <= limit) {
            dropped.add(new DroppedSample(step, reason, input.file().label(), line, r));
        }
    }

    /** Whether step {@code step} still wants examples of changed records in this batch. */
    boolean wantsChanged(int step, int steps, int limit) {
        if (limit <= 0) return false;
        if (changedPerStep == null) changedPerStep = new int[steps];
        return changedPerStep[step] < limit;
    }

    void sampleChanged(int step, String stepId, long line, Record before, Record after) {
        changedPerStep[step]++;
        changed.add(new ChangedSample(stepId, input.file().label(), line, before, after));
    }

    long unitsIn() {
        return input.raw().size();
    }
}
