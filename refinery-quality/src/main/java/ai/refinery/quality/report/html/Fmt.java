package ai.refinery.quality.report.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers, sizes and durations as people read them: thousands separators, a few significant digits. */
public final class Fmt {
    private Fmt() {}

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

    /** A count: 1,234,567. */
    public static String count(long n) {
        return new DecimalFormat("#,##0", SYMBOLS).format(n);
    }

    /** A count with its noun: "1 record", "12 records". */
    public static String count(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** A measurement: integers grouped, others to 4 significant digits; NaN and infinities spelled out. */
    public static String num(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return count((long) v);
        double a = Math.abs(v);
        if (a >= 1e15 || a < 1e-4) return String.format(Locale.ROOT, "%.3e", v);
        if (a >= 1000) return new DecimalFormat("#,##0.#", SYMBOLS).format(v);
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** A fraction as a percentage: 0.98156 → 98.16%. */
    public static String pct(double fraction) {
        if (Double.isNaN(fraction)) return "NaN";
        double p = 100 * fraction;
        if (p != 0 && Math.abs(p) < 0.01) return new BigDecimal(p).round(new MathContext(2)).toPlainString() + "%"; // 0.0021%
        return String.format(Locale.ROOT, "%.2f%%", p);
    }

    /** A byte count in binary units: 4.2 KiB. */
    public static String bytes(long n) {
        if (n < 1024) return count(n) + " B";
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }

    /** A duration: 0.079 s, 25.8 s, 3 min 12 s, 1 h 02 min. */
    public static String seconds(double s) {
        if (Double.isNaN(s) || s < 0) return "—";
        if (s < 1) return String.format(Locale.ROOT, "%.3f s", s);
        if (s < 60) return String.format(Locale.ROOT, "%.1f s", s);
        long t = Math.round(s);
        if (t < 3600) return String.format(Locale.ROOT, "%d min %02d s", t / 60, t % 60);
        return String.format(Locale.ROOT, "%d h %02d min", t / 3600, (t % 3600) / 60);
    }
}
