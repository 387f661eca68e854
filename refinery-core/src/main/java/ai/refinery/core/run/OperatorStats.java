package ai.refinery.core.run;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counters of one pipeline step: records in and out, drops by reason, records it threw on
 * (quarantined), records it created (flat-mappers), and the wall time spent in it.
 */
public final class OperatorStats {
    private final String id;
    private final String op;
    private final String kind;
    private long in;
    private long out;
    private long errors;
    private long generated;
    private long nanos;
    private final Map<String, Long> dropped = new TreeMap<>();

    public OperatorStats(String id, String op, String kind) {
        this.id = id;
        this.op = op;
        this.kind = kind;
    }

    public void addIn(long n) { in += n; }
    public void addOut(long n) { out += n; }
    public void addError() { errors++; }
    public void addGenerated(long n) { generated += n; }
    public void addNanos(long n) { nanos += n; }
    public void addDropped(String reason, long n) { dropped.merge(reason, n, Long::sum); }

    public void merge(OperatorStats o) {
        in += o.in;
        out += o.out;
        errors += o.errors;
        generated += o.generated;
        nanos += o.nanos;
        o.dropped.forEach(this::addDropped);
    }

    public void mergeSnapshot(OperatorSummary s) {
        in += s.in();
        out += s.out();
        errors += s.errors();
        generated += s.generated();
        nanos += Math.round(s.seconds() * 1e9);
        s.dropped().forEach(this::addDropped);
    }

    public String id() { return id; }
    public long in() { return in; }
    public long out() { return out; }
    public long errors() { return errors; }
    public long generated() { return generated; }
    public long droppedTotal() {
        long n = 0;
        for (long v : dropped.values()) n += v;
        return n;
    }

    public OperatorSummary summary() {
        return new OperatorSummary(id, op, kind, in, out, droppedTotal(), new TreeMap<>(dropped), errors, generated, nanos / 1e9);
    }
}
