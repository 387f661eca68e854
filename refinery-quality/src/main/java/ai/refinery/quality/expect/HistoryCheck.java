package ai.refinery.quality.expect;

import ai.refinery.core.tap.RecordTap;
import ai.refinery.quality.history.AnomalyStrategy;
import ai.refinery.quality.history.MetricText;
import java.util.List;

/**
 * A metric compared with its values in earlier versions ({@code row_count_change}, {@code anomaly}).
 * Without enough history the check passes and says so: the first version sets the baseline.
 */
final class HistoryCheck extends Expectation {
    private final String metric;
    private final AnomalyStrategy strategy;

    HistoryCheck(Side side, String name, String check, String column, Level level, String metric, AnomalyStrategy strategy) {
        super(side, name, check, column, level);
        this.metric = metric;
        this.strategy = strategy;
    }

    @Override
    public Result evaluate(Evidence evidence, RecordTap<?> rowTap) {
        Double value = evidence.profile().metric(metric);
        String expected = metric + " " + strategy.describe();
        if (value == null || value.isNaN()) {
            return result(false, null, expected, null, metric + " cannot be measured on this run");
        }
        List<Double> past = evidence.history().values(side().label(), metric);
        int needed = strategy instanceof AnomalyStrategy.StdDevs ? AnomalyStrategy.StdDevs.MIN_HISTORY : 1;
        if (past.size() < needed) {
            return result(true, value, expected, null, "no baseline yet (" + past.size() + " earlier version"
                    + (past.size() == 1 ? "" : "s") + " with " + metric + ", " + needed + " needed); this run becomes part of it");
        }
        String problem = strategy.judge(value, past);
        return result(problem == null, value, expected, null, problem == null ? metric + " is " + MetricText.format(value) + ", as expected" : metric + " " + problem);
    }
}
