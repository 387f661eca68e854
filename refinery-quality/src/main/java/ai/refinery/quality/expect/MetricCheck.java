package ai.refinery.quality.expect;

import ai.refinery.core.tap.RecordTap;
import ai.refinery.quality.history.MetricText;
import java.util.Locale;

/**
 * A metric of the profile must lie in a range: row count, distinct count, mean, standard
 * deviation, min, max, sum, a quantile, the class-imbalance ratio. The metric is named as
 * {@link ai.refinery.quality.profile.DatasetProfile#metrics()} names it, e.g. {@code mean(age)}.
 */
final class MetricCheck extends Expectation {
    private final String metric;
    private final Double min;
    private final Double max;

    MetricCheck(Side side, String name, String check, String column, Level level, String metric, Double min, Double max) {
        super(side, name, check, column, level);
        this.metric = metric;
        this.min = min;
        this.max = max;
    }

    @Override
    public Result evaluate(Evidence evidence, RecordTap<?> rowTap) {
        String expected = range(min, max);
        Double value = evidence.profile().metric(metric);
        if (value == null || value.isNaN()) {
            return result(false, null, expected, null, metric + " cannot be measured: "
                    + (evidence.profile().rows() == 0 ? "the dataset is empty" : "the column has no values of the right kind"));
        }
        boolean passed = (min == null || value >= min) && (max == null || value <= max);
        String message = String.format(Locale.ROOT, "%s is %s, expected %s", metric, MetricText.format(value), expected);
        return result(passed, value, expected, null, message);
    }

    static String range(Double min, Double max) {
        if (min != null && max != null) return min.equals(max) ? "= " + MetricText.format(min) : "between " + MetricText.format(min) + " and " + MetricText.format(max);
        return min != null ? ">= " + MetricText.format(min) : "<= " + MetricText.format(max);
    }
}
