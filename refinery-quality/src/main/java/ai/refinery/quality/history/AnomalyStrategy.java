package ai.refinery.quality.history;

import java.util.List;
import java.util.Locale;

/**
 * How a metric's new value is judged against its history (the strategies of Deequ's anomaly
 * detection): relative or absolute change from the last version, or distance from the mean of all
 * past values in standard deviations.
 */
public sealed interface AnomalyStrategy {
    /** The verdict: null when the value is normal, else why it is not. */
    String judge(double value, List<Double> past);

    /** What is allowed, in words. */
    String describe();

    /** |value − last| / |last| ≤ max. */
    record RelativeChange(double max) implements AnomalyStrategy {
        @Override
        public String judge(double value, List<Double> past) {
            if (past.isEmpty()) return null;
            double last = past.get(past.size() - 1);
            double change = last == 0 ? (value == 0 ? 0 : Double.POSITIVE_INFINITY) : Math.abs(value - last) / Math.abs(last);
            return change <= max ? null : String.format(Locale.ROOT, "changed by %.2f%% from the last version's %s (allowed ±%.2f%%)",
                    100 * change, MetricText.format(last), 100 * max);
        }

        @Override public String describe() { return String.format(Locale.ROOT, "within ±%.4g%% of the last version", 100 * max); }
    }

    /** |value − last| ≤ max. */
    record AbsoluteChange(double max) implements AnomalyStrategy {
        @Override
        public String judge(double value, List<Double> past) {
            if (past.isEmpty()) return null;
            double last = past.get(past.size() - 1);
            return Math.abs(value - last) <= max ? null
                    : String.format(Locale.ROOT, "changed by %s from the last version's %s (allowed ±%s)", MetricText.format(value - last), MetricText.format(last), MetricText.format(max));
        }

        @Override public String describe() { return "within ±" + MetricText.format(max) + " of the last version"; }
    }

    /** |value − mean(past)| ≤ k · stddev(past); needs at least {@link #MIN_HISTORY} past values. */
    record StdDevs(double k) implements AnomalyStrategy {
        public static final int MIN_HISTORY = 3;

        @Override
        public String judge(double value, List<Double> past) {
            if (past.size() < MIN_HISTORY) return null;
            double mean = past.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double var = past.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (past.size() - 1);
            double sd = Math.sqrt(var);
            double distance = Math.abs(value - mean);
            if (distance <= k * sd) return null;
            return String.format(Locale.ROOT, "%s is %s standard deviations from the mean %s of %d past versions (allowed %s)",
                    MetricText.format(value), sd == 0 ? "infinitely many" : String.format(Locale.ROOT, "%.2f", distance / sd), MetricText.format(mean), past.size(), MetricText.format(k));
        }

        @Override public String describe() { return "within " + MetricText.format(k) + " standard deviations of the past versions' mean"; }
    }
}
