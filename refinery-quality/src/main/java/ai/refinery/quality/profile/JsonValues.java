package ai.refinery.quality.profile;

/** Values as a profile map writes them: JSON has no NaN or infinity, so those become null. */
final class JsonValues {
    private JsonValues() {}

    static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static Double finiteOrNull(Double v) {
        return v == null ? null : finiteOrNull(v.doubleValue());
    }

    static Number finiteOrNull(Number v) {
        if (v instanceof Double d) return finiteOrNull(d.doubleValue());
        return v;
    }
}
