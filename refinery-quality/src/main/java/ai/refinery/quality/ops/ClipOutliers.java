package ai.refinery.quality.ops;

import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves numbers outside their field's bounds (see {@link Outliers}) onto the nearest bound and lists
 * the clipped fields in the record's meta under {@code clipped}. A long stays a long: it is clipped
 * to the nearest whole number within the bounds (52 for an upper bound of 52.5). Texts, NaN and
 * missing values are left alone.
 */
public final class ClipOutliers implements RecordMapper {
    private static final long serialVersionUID = 1L;
    /** Meta key listing the fields clipped in a record. */
    public static final String META_KEY = "clipped";

    private final OutlierLimits limits;

    public ClipOutliers(Outliers.Config c) {
        this.limits = new OutlierLimits(c, "clip_outliers");
    }

    public static final class Provider extends Outliers.FittingProvider {
        public Provider() {
            super("clip_outliers", "Clips numbers to bounds given or learnt (iqr, zscore, quantile); marks clipped fields in meta.");
        }

        @Override
        public Operator create(Outliers.Config config, OperatorContext context) {
            return new ClipOutliers(config);
        }
    }

    @Override
    public Record map(Record record) {
        Record.Builder out = null;
        List<String> clipped = null;
        for (int i = 0; i < limits.fields.length; i++) {
            Object v = record.get(limits.fields[i]);
            double x = OutlierLimits.number(v);
            if (Double.isNaN(x)) continue;
            double lo = limits.lower(i);
            double hi = limits.upper(i);
            if (x >= lo && x <= hi) continue;
            Object to;
            if (v instanceof Long) to = (long) (x < lo ? Math.ceil(lo) : Math.floor(hi));
            else to = x < lo ? lo : hi;
            if (out == null) {
                out = record.toBuilder();
                clipped = new ArrayList<>();
            }
            out.set(limits.fields[i], to);
            clipped.add(limits.fields[i]);
        }
        if (out == null) return record;
        MetaLists.append(out, record, META_KEY, clipped);
        return out.build();
    }
}
