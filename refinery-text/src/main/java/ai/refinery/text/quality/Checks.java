package ai.refinery.text.quality;

import ai.refinery.core.ops.FieldNames;

/** Validation of settings shared by the quality rules, with messages that say what to write instead. */
final class Checks {
    private Checks() {}

    /** The text field, defaulting to {@code text}. */
    static String field(String field) {
        if (field == null) return "text";
        FieldNames.requireName(field, "field");
        return field;
    }

    /** A share between 0 and 1. */
    static double fraction(String setting, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("'" + setting + "' must be a fraction between 0 and 1, e.g. 0.3, not " + v);
        }
        return v;
    }

    /** A finite number ≥ 0. */
    static double nonNegative(String setting, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("'" + setting + "' must be a number ≥ 0, not " + v);
        }
        return v;
    }

    /** A count ≥ 0. */
    static long nonNegative(String setting, long v) {
        if (v < 0) throw new IllegalArgumentException("'" + setting + "' must be ≥ 0, not " + v);
        return v;
    }

    /** {@code min} ≤ {@code max}. */
    /** {@code min_ratio} and {@code max_ratio}: both fractions, the first not above the second. */
    static void ratioBounds(double minRatio, double maxRatio) {
        fraction("min_ratio", minRatio);
        fraction("max_ratio", maxRatio);
        ordered("min_ratio", minRatio, "max_ratio", maxRatio);
    }

    static void ordered(String minSetting, double min, String maxSetting, double max) {
        if (min > max) {
            throw new IllegalArgumentException("'" + minSetting + "' (" + min + ") must not exceed '" + maxSetting + "' (" + max + ")");
        }
    }

    /** An n-gram size in [1, max]. */
    static int ngramSize(String setting, long n, int max) {
        if (n < 1 || n > max) throw new IllegalArgumentException("'" + setting + "' must be between 1 and " + max + ", not " + n);
        return (int) n;
    }

    /** Figures of a ratio with an empty denominator: 0 when the numerator is 0 too, else infinite. */
    static double ratio(double numerator, double denominator) {
        if (denominator == 0) return numerator == 0 ? 0 : Double.POSITIVE_INFINITY;
        return numerator / denominator;
    }
}
