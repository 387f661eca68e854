package ai.refinery.quality.ops;

import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.record.Record;
import java.util.List;

/**
 * Drops records with a number outside its field's bounds (see {@link Outliers}), with the reason
 * {@code outlier:<first such field>}. Texts, NaN and missing values are kept.
 */
public final class DropOutliers implements RecordFilter {
    private static final long serialVersionUID = 1L;

    private final OutlierLimits limits;
    private final List<String> reasons;

    public DropOutliers(Outliers.Config c) {
        this.limits = new OutlierLimits(c, "drop_outliers");
        this.reasons = List.copyOf(c.fields().stream().map(f -> "outlier:" + f).toList());
    }

    public static final class Provider extends Outliers.FittingProvider {
        public Provider() {
            super("drop_outliers", "Drops records with a number outside bounds given or learnt (iqr, zscore, quantile).");
        }

        @Override
        public Operator create(Outliers.Config config, OperatorContext context) {
            return new DropOutliers(config);
        }
    }

    @Override
    public String dropReason(Record record) {
        for (int i = 0; i < limits.fields.length; i++) {
            double x = OutlierLimits.number(record.get(limits.fields[i]));
            if (Double.isNaN(x)) continue;
            if (x < limits.lower(i) || x > limits.upper(i)) return reasons.get(i);
        }
        return KEEP;
    }
}
