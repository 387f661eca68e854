package ai.refinery.quality.ops;

import java.io.Serializable;
import java.util.List;

/** The bounds of the fields an outlier operator checks, given or learnt; NaN where not learnt yet. */
final class OutlierLimits implements Serializable {
    private static final long serialVersionUID = 1L;

    final String[] fields;
    private final double[] lower;
    private final double[] upper;
    private final String operator;

    OutlierLimits(Outliers.Config c, String operator) {
        List<String> names = c.fields();
        this.fields = names.toArray(new String[0]);
        this.lower = new double[fields.length];
        this.upper = new double[fields.length];
        this.operator = operator;
        for (int i = 0; i < fields.length; i++) {
            Outliers.Bounds b = c.bounds().get(fields[i]);
            lower[i] = b == null ? Double.NaN : b.min() == null ? Double.NEGATIVE_INFINITY : b.min();
            upper[i] = b == null ? Double.NaN : b.max() == null ? Double.POSITIVE_INFINITY : b.max();
        }
    }

    /** The number in a value, or NaN for anything else (null, text, NaN): only numbers are checked. */
    static double number(Object v) {
        if (v instanceof Long l) return l;
        if (v instanceof Double d) return d;
        return Double.NaN;
    }

    double lower(int i) {
        requireLearnt(i);
        return lower[i];
    }

    double upper(int i) {
        requireLearnt(i);
        return upper[i];
    }

    private void requireLearnt(int i) {
        if (Double.isNaN(lower[i])) {
            throw new IllegalStateException(operator + " has no bounds for field '" + fields[i] + "': they must be learnt by the "
                    + "engine's fitting pass first, or given as bounds: {" + fields[i] + ": {min: ..., max: ...}}");
        }
    }
}
