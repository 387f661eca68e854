package ai.refinery.core.exec;

import ai.refinery.core.io.BadRecordException;
import ai.refinery.core.io.RawBatch;
import ai.refinery.core.op.GroupedOperator;
import ai.refinery.core.op.KeySink;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.op.ScoringFilter;
import ai.refinery.core.op.RecordFlatMapper;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.recipe.InputSpec;
import ai.refinery.core.recipe.Step;
import ai.refinery.core.record.Record;
import ai.refinery.core.run.OperatorStats;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The operators of a recipe, cut into segments at each grouped operator. A segment's record-at-a-
 * time steps (and the signatures of the grouped operator that ends it) run on worker threads, many
 * batches at once; the grouped decisions run one batch at a time, in input order.
 */
final class CompiledPipeline {
    private final List<Step> steps;
    private final Operator[] operators;
    /** Index of the first step of each segment; segment i ends before segmentStart[i+1]. */
    private final int[] segmentStart;
    private final InputSpec input;
    private final int droppedSamples;
    private final int changedSamples;

    CompiledPipeline(List<Step> steps, InputSpec input, int droppedSamples, int changedSamples) {
        this.steps = steps;
        this.input = input;
        this.droppedSamples = droppedSamples;
        this.changedSamples = changedSamples;
        this.operators = new Operator[steps.size()];
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < steps.size(); i++) {
            operators[i] = steps.get(i).createOperator();
            if (operators[i] instanceof GroupedOperator) starts.add(i + 1);
        }
        if (starts.size() == 1 || starts.get(starts.size() - 1) != steps.size()) starts.add(steps.size());
        segmentStart = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    int segmentCount() {
        return segmentStart.length - 1;
    }

    boolean hasGroupedOperators() {
        for (Operator op : operators) if (op instanceof GroupedOperator) return true;
        return false;
    }

    OperatorStats[] newStats() {
        OperatorStats[] s = new OperatorStats[steps.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = new OperatorStats(steps.get(i).id(), steps.get(i).provider().name(), OperatorProvider.kindOf(operators[i]));
        }
        return s;
    }

    /** Parses the raw units of a batch; unreadable ones go to quarantine. */
    void decode(BatchWork w) {
        RawBatch raw = w.input.raw();
        String label = w.input.file().label();
        Survivors out = new Survivors(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Object unit = raw.unit(i);
            long line = raw.line(i);
            try {
                Record r = input.named(w.input.reader().decode(unit, label + ":" + line));
                out.add(r, line);
                TapSet.accept(w.inputPartials, r);
            } catch (BadRecordException e) {
                w.quarantine.add(QuarantineEntry.unreadable(label, line, e.getMessage(), safeRaw(w, unit)));
                w.readQuarantined++;
            } catch (RuntimeException e) {
                w.quarantine.add(QuarantineEntry.unreadable(label, line, describe(e), safeRaw(w, unit)));
                w.readQuarantined++;
            }
        }
        out.into(w);
    }

    private static String safeRaw(BatchWork w, Object unit) {
        try {
            return w.input.reader().rawText(unit);
        } catch (RuntimeException e) {
            return "<unprintable: " + e + ">";
        }
    }

    /** Runs segment {@code seg}'s record-at-a-time steps, then the signatures of its grouped step. */
    void runSegment(BatchWork w, int seg) {
        int from = segmentStart[seg];
        int to = segmentStart[seg + 1];
        for (int i = from; i < to; i++) {
            Operator op = operators[i];
            long t0 = System.nanoTime();
            if (op instanceof GroupedOperator<?> g) signatures(w, i, g);
            else if (op instanceof RecordFilter f) filter(w, i, f);
            else if (op instanceof RecordMapper m) map(w, i, m);
            else if (op instanceof RecordFlatMapper fm) flatMap(w, i, fm);
            else throw new IllegalStateException("operator " + steps.get(i).id() + " is of no known kind: " + op.getClass());
            w.stats[i].addNanos(System.nanoTime() - t0);
        }
    }

    /** Whether the grouped operator at {@code step} confirms candidates (so its index keeps signatures). */
    boolean verifies(int step) {
        return ((GroupedOperator<?>) operators[step]).verifiesCandidates();
    }

    /** The grouped step that ends segment {@code seg}, or -1. */
    int groupedStepOf(int seg) {
        int last = segmentStart[seg + 1] - 1;
        return last >= 0 && operators[last] instanceof GroupedOperator ? last : -1;
    }

    private void map(BatchWork w, int step, RecordMapper m) {
        List<Record> in = w.records;
        Survivors out = new Survivors(in.size());
        for (int i = 0; i < in.size(); i++) {
            Record r = in.get(i);
            try {
                Record mapped = m.map(r);
                if (mapped == null) throw new IllegalStateException("mapper returned no record");
                out.add(mapped, w.lines[i]);
                if (mapped != r && w.wantsChanged(step, steps.size(), changedSamples) && !mapped.equals(r)) {
                    w.sampleChanged(step, steps.get(step).id(), w.lines[i], r, mapped);
                }
            } catch (RuntimeException e) {
                quarantine(w, step, r, w.lines[i], e);
            }
        }
        out.into(w, w.stats[step], in.size());
    }

    private void filter(BatchWork w, int step, RecordFilter f) {
        OperatorStats s = w.stats[step];
        List<Record> in = w.records;
        Survivors out = new Survivors(in.size());
        for (int i = 0; i < in.size(); i++) {
            Record r = in.get(i);
            try {
                Record judged = r;
                String reason;
                if (f instanceof ScoringFilter sf) {
                    ScoringFilter.Verdict v = sf.judge(r);
                    if (v == null) throw new IllegalStateException("scoring filter returned no verdict");
                    judged = v.record();
                    reason = v.dropReason();
                } else {
                    reason = f.dropReason(r);
                }
                if (reason == null) out.add(judged, w.lines[i]);
                else drop(w, step, reason, judged, w.lines[i]);
            } catch (RuntimeException e) {
                quarantine(w, step, r, w.lines[i], e);
            }
        }
        out.into(w, s, in.size());
    }

    private void flatMap(BatchWork w, int step, RecordFlatMapper fm) {
        OperatorStats s = w.stats[step];
        List<Record> in = w.records;
        Survivors out = new Survivors(in.size());
        List<Record> emitted = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Record r = in.get(i);
            emitted.clear();
            try {
                fm.flatMap(r, x -> {
                    if (x == null) throw new IllegalStateException("flat-mapper emitted a null record");
                    emitted.add(x);
                });
            } catch (RuntimeException e) {
                quarantine(w, step, r, w.lines[i], e);
                continue;
            }
            if (emitted.isEmpty()) {
                drop(w, step, "no_output", r, w.lines[i]);
                continue;
            }
            s.addGenerated(emitted.size() - 1);
            for (Record x : emitted) out.add(x, w.lines[i]);
        }
        out.into(w, s, in.size());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void signatures(BatchWork w, int step, GroupedOperator g) {
        List<Record> in = w.records;
        Survivors ok = new Survivors(in.size());
        List<Object> sigs = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Record r = in.get(i);
            try {
                Serializable sig = g.signature(r);
                if (sig == null) throw new IllegalStateException("grouped operator returned no signature");
                ok.add(r, w.lines[i]);
                sigs.add(sig);
            } catch (RuntimeException e) {
                w.stats[step].addIn(1); // the rest are counted in when decide() sees them
                quarantine(w, step, r, w.lines[i], e);
            }
        }
        ok.into(w);
        w.signatures = sigs.toArray();
    }

    /**
     * Decides, in input order, which records of the batch a grouped step drops: a record is a
     * duplicate when an earlier record shares one of its keys (and, if the operator verifies
     * candidates, is confirmed). Every record's keys are remembered, kept or not.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void decide(BatchWork w, int step, KeyIndex index) {
        GroupedOperator g = (GroupedOperator) operators[step];
        OperatorStats s = w.stats[step];
        long t0 = System.nanoTime();
        List<Record> in = w.records;
        Survivors out = new Survivors(in.size());
        boolean verify = g.verifiesCandidates();
        KeyCollector keys = new KeyCollector();
        for (int i = 0; i < in.size(); i++) {
            Object sig = w.signatures[i];
            keys.clear();
            try {
                g.keys((Serializable) sig, keys);
            } catch (RuntimeException e) {
                quarantine(w, step, in.get(i), w.lines[i], e);
                continue;
            }
            boolean duplicate = false;
            for (int k = 0; k < keys.size && !duplicate; k++) {
                long hi = keys.values[2 * k];
                long lo = keys.values[2 * k + 1];
                if (!index.contains(hi, lo)) continue;
                if (!verify) {
                    duplicate = true;
                } else {
                    for (Object earlier : index.signaturesUnder(hi, lo)) {
                        if (g.confirms((Serializable) earlier, (Serializable) sig)) {
                            duplicate = true;
                            break;
                        }
                    }
                }
            }
            for (int k = 0; k < keys.size; k++) {
                long hi = keys.values[2 * k];
                long lo = keys.values[2 * k + 1];
                index.add(hi, lo);
                if (verify) index.file(hi, lo, sig);
            }
            if (duplicate) drop(w, step, g.dropReason(), in.get(i), w.lines[i]);
            else out.add(in.get(i), w.lines[i]);
        }
        out.into(w, s, in.size());
        s.addNanos(System.nanoTime() - t0);
        w.signatures = null;
    }

    private void drop(BatchWork w, int step, String reason, Record r, long line) {
        w.stats[step].addDropped(reason, 1);
        w.sampleDropped(steps.get(step).id(), reason, line, r, droppedSamples);
    }

    private void quarantine(BatchWork w, int step, Record r, long line, RuntimeException e) {
        w.stats[step].addError();
        w.quarantine.add(new QuarantineEntry(w.input.file().label(), line, steps.get(step).id(), describe(e), null, r));
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return m == null ? e.getClass().getSimpleName() : m;
        }
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /** Collects the keys of one record without boxing. */
    private static final class KeyCollector implements KeySink {
        long[] values = new long[16];
        int size;

        @Override
        public void accept(long high, long low) {
            if (2 * size + 2 > values.length) values = Arrays.copyOf(values, values.length * 2);
            values[2 * size] = high;
            values[2 * size + 1] = low;
            size++;
        }

        void clear() {
            size = 0;
        }
    }

    /** The records a step lets through, with the input line each came from. */
    private static final class Survivors {
        private final List<Record> records;
        private long[] lines;

        Survivors(int capacity) {
            records = new ArrayList<>(capacity);
            lines = new long[Math.max(4, capacity)];
        }

        void add(Record r, long line) {
            if (records.size() == lines.length) lines = Arrays.copyOf(lines, lines.length * 2);
            lines[records.size()] = line;
            records.add(r);
        }

        /** Hands the survivors to the batch. */
        void into(BatchWork w) {
            w.records = records;
            w.lines = Arrays.copyOf(lines, records.size());
        }

        /** Hands the survivors to the batch and counts the step's records in and out. */
        void into(BatchWork w, OperatorStats stats, int in) {
            stats.addIn(in);
            stats.addOut(records.size());
            into(w);
        }
    }
}
