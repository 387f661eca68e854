package ai.refinery.text.quality;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a rule measured on one text and the first rule it failed. When only the verdict is wanted,
 * {@link #check} tells the rule to stop at the first failure; when figures are recorded, the rule
 * measures everything and the reason is still the first failure in the rule's order.
 */
final class Judgement {
    private final Map<String, Object> figures;
    private String reason;

    private Judgement(boolean record) {
        this.figures = record ? new LinkedHashMap<>() : null;
    }

    /** Stops at the first failed check. */
    static Judgement verdictOnly() {
        return new Judgement(false);
    }

    /** Measures everything and keeps the figures. */
    static Judgement recording() {
        return new Judgement(true);
    }

    /**
     * Records {@code value} under {@code figure} and, when {@code fails}, the reason (unless an
     * earlier check failed).
     *
     * @return true when the caller should stop measuring: a check failed and figures are not recorded
     */
    boolean check(String figure, double value, boolean fails, String failReason) {
        note(figure, Double.isFinite(value) ? (Object) round(value) : null);
        return verdict(fails, failReason);
    }

    /** {@link #check(String, double, boolean, String)} for a count. */
    boolean check(String figure, long value, boolean fails, String failReason) {
        note(figure, value);
        return verdict(fails, failReason);
    }

    /**
     * Checks that the ratio {@code value} is within [{@code min}, {@code max}], failing with
     * {@code below_min_ratio} or {@code above_max_ratio}; same return as {@link #check}.
     */
    boolean checkRatio(String figure, double value, double min, double max) {
        return check(figure, value, value < min, "below_min_ratio") || check(figure, value, value > max, "above_max_ratio");
    }

    /** Records a figure that no threshold applies to. */
    void note(String figure, Object value) {
        if (figures != null) figures.put(figure, value);
    }

    /** Fails with {@code failReason} without a figure (e.g. "lorem ipsum" found); same return as {@link #check}. */
    boolean fail(boolean fails, String failReason) {
        return verdict(fails, failReason);
    }

    /** Whether figures are recorded, so costly measures that no check needs can be skipped otherwise. */
    boolean recordsFigures() {
        return figures != null;
    }

    /** The first failed check's reason, or null. */
    String reason() {
        return reason;
    }

    /** The figures, in measuring order, with {@code reason} when a check failed. */
    Map<String, Object> figures() {
        Map<String, Object> out = new LinkedHashMap<>(figures);
        if (reason != null) out.put("reason", reason);
        return out;
    }

    private boolean verdict(boolean fails, String failReason) {
        if (!fails) return false;
        if (reason == null) reason = failReason;
        return figures == null;
    }

    /** Six significant digits: enough for histograms, and stable in JSON. */
    private static double round(double v) {
        if (v == 0 || Math.abs(v) >= 1e15) return v;
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).doubleValue();
    }
}
