package ai.refinery.quality.expect;

import ai.refinery.core.tap.RecordTap;
import ai.refinery.quality.history.MetricsHistory;
import ai.refinery.quality.profile.DatasetProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expectations of one run: the row taps it feeds, then the results, judged once both sides'
 * profiles are complete.
 */
public final class ExpectationRun {
    private final ExpectPlan plan;
    private final MetricsHistory history;
    private final Map<Expectation, RecordTap<?>> taps = new LinkedHashMap<>();
    private List<Result> results;

    public ExpectationRun(ExpectPlan plan, MetricsHistory history) {
        this.plan = plan;
        this.history = history;
        for (Side side : Side.values()) {
            for (Expectation e : plan.on(side)) {
                RecordTap<?> t = e.newRowTap(plan.failingRows());
                if (t != null) taps.put(e, t);
            }
        }
    }

    /** The row taps of one side's expectations. */
    public List<RecordTap<?>> taps(Side side) {
        List<RecordTap<?>> out = new ArrayList<>();
        for (Map.Entry<Expectation, RecordTap<?>> e : taps.entrySet()) if (e.getKey().side() == side) out.add(e.getValue());
        return out;
    }

    /** Judges every expectation (once; later calls return the same results). */
    public List<Result> evaluate(DatasetProfile input, DatasetProfile output) {
        if (results != null) return results;
        List<Result> out = new ArrayList<>();
        for (Side side : Side.values()) {
            Evidence evidence = new Evidence(side == Side.INPUT ? input : output, history);
            for (Expectation e : plan.on(side)) out.add(e.evaluate(evidence, taps.get(e)));
        }
        results = List.copyOf(out);
        return results;
    }

    /** Null when every error-level expectation holds, else a one-line account of those that do not. */
    public String refusal(DatasetProfile input, DatasetProfile output) {
        List<String> failed = new ArrayList<>();
        for (Result r : evaluate(input, output)) {
            if (!r.passed() && r.level() == Level.ERROR) failed.add(r.side().label() + " " + r.name() + ": " + r.message());
        }
        if (failed.isEmpty()) return null;
        return failed.size() + " expectation" + (failed.size() == 1 ? "" : "s") + " failed: " + String.join("; ", failed);
    }

    /** The {@code expectations} section of run.json. */
    public Map<String, Object> section(DatasetProfile input, DatasetProfile output, boolean published) {
        List<Result> rs = evaluate(input, output);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("passed", rs.stream().allMatch(r -> r.passed() || r.level() == Level.WARNING));
        m.put("published", published);
        m.put("failed", rs.stream().filter(r -> !r.passed()).count());
        m.put("history", plan.historyFile().toString());
        m.put("results", rs.stream().map(Result::toMap).toList());
        return m;
    }
}
