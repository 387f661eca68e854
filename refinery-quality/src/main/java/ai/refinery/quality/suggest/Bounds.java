package ai.refinery.quality.suggest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding and interval arithmetic shared by the rules. */
final class Bounds {
    /** z for a two-sided 95% interval. */
    static final double Z95 = 1.96;

    private Bounds() {}

    /**
     * The lower end of the Wilson score interval for a proportion of {@code successes} in {@code n}
     * trials (E. B. Wilson, "Probable inference, the law of succession, and statistical inference",
     * JASA 22, 1927). Unlike the normal-approximation (Wald) interval Deequ uses, it stays inside
     * [0, 1] and behaves near 0 and 1 and for small n.
     */
    static double wilsonLower(long successes, long n, double z) {
        if (n == 0) return 0;
        double p = (double) successes / n;
        double z2 = z * z;
        double centre = p + z2 / (2.0 * n);
        double spread = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return Math.max(0, (centre - spread) / (1 + z2 / n));
    }

    /** Rounded down to two decimals (a lower bound stays a lower bound). */
    static double floor2(double x) {
        return BigDecimal.valueOf(x).setScale(2, RoundingMode.FLOOR).doubleValue();
    }

    /** Rounded up to one decimal (an upper bound stays an upper bound). */
    static double ceil1(double x) {
        return BigDecimal.valueOf(x).setScale(1, RoundingMode.CEILING).doubleValue();
    }

    /** A share as a percentage for messages, e.g. 92.31%. */
    static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
    }
}
