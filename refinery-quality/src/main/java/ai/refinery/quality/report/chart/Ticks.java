package ai.refinery.quality.report.chart;

import java.util.ArrayList;
import java.util.List;

/** "Nice" axis ticks (steps of 1, 2 or 5 times a power of ten) covering a data range. */
public record Ticks(double lo, double hi, double step, List<Double> values) {

    /** About {@code count} ticks whose range covers [min, max]; a zero-width range is widened. */
    public static Ticks nice(double min, double max, int count) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            min = 0;
            max = 1;
        }
        if (max < min) {
            double t = min;
            min = max;
            max = t;
        }
        if (max == min) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        double step = niceStep((max - min) / Math.max(1, count - 1));
        double lo = Math.floor(min / step) * step;
        double hi = Math.ceil(max / step) * step;
        List<Double> values = new ArrayList<>();
        for (int i = 0; lo + i * step <= hi + step * 1e-9; i++) {
            double v = lo + i * step;
            values.add(Math.abs(v) < step * 1e-9 ? 0.0 : v); // no "-0"
        }
        return new Ticks(lo, hi, step, values);
    }

    /** Ticks from zero up to at least {@code max}: for counts and shares. */
    public static Ticks fromZero(double max, int count) {
        return nice(0, max <= 0 || !Double.isFinite(max) ? 1 : max, count);
    }

    /** Nice tick values inside [min, max], with the range itself kept as the axis: for epochs 1..n. */
    public static Ticks within(double min, double max, int count) {
        if (!(max > min)) return nice(min, max, count);
        Ticks t = nice(min, max, count);
        List<Double> inside = inside(t, min, max);
        // a coarse step may leave one tick inside: ask for finer steps until there are at least two
        for (int more = count + 1; inside.size() < 2 && more <= 4 * count; more++) {
            t = nice(min, max, more);
            inside = inside(t, min, max);
        }
        return new Ticks(min, max, t.step(), inside);
    }

    private static List<Double> inside(Ticks t, double min, double max) {
        double eps = t.step() * 1e-9;
        return t.values().stream().filter(v -> v >= min - eps && v <= max + eps).toList();
    }

    static double niceStep(double raw) {
        double exp = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / exp;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * exp;
    }
}
