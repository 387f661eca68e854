package ai.refinery.quality.history;

import java.util.Locale;

/** How metric values read in messages: whole numbers without decimals, others to six significant digits. */
public final class MetricText {
    private MetricText() {}

    public static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.6g", v);
    }
}
