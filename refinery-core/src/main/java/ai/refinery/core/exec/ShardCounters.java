package ai.refinery.core.exec;

import ai.refinery.core.run.OperatorStats;
import ai.refinery.core.run.OperatorSummary;
import java.util.ArrayList;
import java.util.List;

/** Record counts of one shard (or of a whole run, when shards are added up). */
final class ShardCounters {
    long in;
    long readQuarantined;
    long out;
    long quarantined;
    final OperatorStats[] operators;

    ShardCounters(OperatorStats[] operators) {
        this.operators = operators;
    }

    void add(BatchWork w) {
        in += w.unitsIn();
        readQuarantined += w.readQuarantined;
        out += w.records.size();
        quarantined += w.quarantine.size();
        for (int i = 0; i < operators.length; i++) operators[i].merge(w.stats[i]);
    }

    void add(ShardCounters o) {
        in += o.in;
        readQuarantined += o.readQuarantined;
        out += o.out;
        quarantined += o.quarantined;
        for (int i = 0; i < operators.length; i++) operators[i].merge(o.operators[i]);
    }

    void add(ResumeJournal.ShardEntry e) {
        in += e.recordsIn();
        readQuarantined += e.readQuarantined();
        out += e.recordsOut();
        quarantined += e.quarantined();
        for (int i = 0; i < operators.length; i++) operators[i].mergeSnapshot(e.operators().get(i));
    }

    List<OperatorSummary> summaries() {
        List<OperatorSummary> l = new ArrayList<>();
        for (OperatorStats s : operators) l.add(s.summary());
        return l;
    }
}
