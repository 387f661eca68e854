package ai.refinery.core.expr;

/** Three-valued truth values as in SQL: true, false, or null (unknown). */
final class Logic {
    private Logic() {}

    /** {@code v} as a truth value, null staying null; anything but a boolean is an error. */
    static Boolean truth(Object v, String operator) {
        if (v == null || v instanceof Boolean) return (Boolean) v;
        throw new EvalException("'" + operator + "' needs true/false values but got " + Describe.value(v));
    }
}
