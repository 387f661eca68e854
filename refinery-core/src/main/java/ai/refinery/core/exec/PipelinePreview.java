package ai.refinery.core.exec;

import ai.refinery.core.op.GroupedOperator;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.op.ScoringFilter;
import ai.refinery.core.op.RecordFlatMapper;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.recipe.Step;
import ai.refinery.core.record.Record;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a few records through a pipeline in memory, to see the shape of what it writes before a run
 * (which fields the output has). Not a run: records an operator rejects are left out, grouped
 * steps keep every record, and steps that must learn from the data first pass records through
 * unchanged.
 */
public final class PipelinePreview {
    private PipelinePreview() {}

    public static List<Record> run(List<Step> steps, List<Record> records) {
        List<Record> current = new ArrayList<>(records);
        for (Step step : steps) {
            if (step.needsFit()) continue;
            Operator op = step.createOperator();
            if (op instanceof GroupedOperator<?>) continue;
            List<Record> next = new ArrayList<>(current.size());
            for (Record r : current) {
                try {
                    if (op instanceof ScoringFilter sf) {
                        ScoringFilter.Verdict v = sf.judge(r);
                        if (v.dropReason() == null) next.add(v.record());
                    } else if (op instanceof RecordFilter f) {
                        if (f.dropReason(r) == null) next.add(r);
                    } else if (op instanceof RecordMapper m) {
                        Record mapped = m.map(r);
                        if (mapped != null) next.add(mapped);
                    } else if (op instanceof RecordFlatMapper fm) {
                        fm.flatMap(r, x -> {
                            if (x != null) next.add(x);
                        });
                    }
                } catch (RuntimeException e) {
                    // the run would quarantine this record; a preview leaves it out
                }
            }
            current = next;
        }
        return current;
    }
}
