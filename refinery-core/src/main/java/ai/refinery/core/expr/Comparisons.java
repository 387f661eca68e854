package ai.refinery.core.expr;

import ai.refinery.core.record.Values;

/**
 * Equality and ordering of non-null values: numbers numerically across long and double, texts by
 * character codes; values of different kinds are never equal and cannot be ordered.
 */
final class Comparisons {
    /** Returned by {@link #order} when a NaN is involved: every ordering test is false. */
    static final int UNORDERED = 2;

    private Comparisons() {}

    static boolean equal(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) return compareNumbers(x, y) == 0;
        return Values.equal(a, b);
    }

    /** -1, 0, 1 or {@link #UNORDERED}; throws when the kinds cannot be ordered. */
    static int order(Object a, Object b, String operator) {
        if (a instanceof Number x && b instanceof Number y) return compareNumbers(x, y);
        if (a instanceof String x && b instanceof String y) return Integer.signum(x.compareTo(y));
        String hint = Describe.kind(a).equals(Describe.kind(b))
                ? "; only numbers and texts can be ordered"
                : "; compare values of the same kind";
        throw new EvalException("cannot compare " + Describe.value(a) + " with " + Describe.value(b)
                + " using '" + operator + "'" + hint);
    }

    static int compareNumbers(Number a, Number b) {
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        if (a instanceof Long x) return compareLongDouble(x, b.doubleValue());
        if (b instanceof Long y) {
            int c = compareLongDouble(y, a.doubleValue());
            return c == UNORDERED ? c : -c;
        }
        double x = a.doubleValue();
        double y = b.doubleValue();
        if (Double.isNaN(x) || Double.isNaN(y)) return UNORDERED;
        return x < y ? -1 : x > y ? 1 : 0;
    }

    /** Exact, unlike converting the long to double, which rounds beyond 2^53. */
    private static int compareLongDouble(long l, double d) {
        if (Double.isNaN(d)) return UNORDERED;
        if (d >= 0x1p63) return -1;
        if (d < -0x1p63) return 1;
        long whole = (long) d; // truncates toward zero; the fraction d - whole is exact
        if (l != whole) return Long.compare(l, whole);
        double fraction = d - whole;
        return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
    }
}
