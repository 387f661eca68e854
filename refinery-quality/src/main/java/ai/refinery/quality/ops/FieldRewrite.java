package ai.refinery.quality.ops;

import ai.refinery.core.record.Record;
import ai.refinery.core.record.Values;
import java.util.List;

/** Rewrites the non-null values of some fields, copying the record only when a value changes. */
final class FieldRewrite {
    /** The new value of a field; may throw to quarantine the record. */
    interface Rule {
        Object rewrite(String field, Object value);
    }

    private FieldRewrite() {}

    static Record apply(Record record, List<String> fields, Rule rule) {
        Record.Builder out = null;
        for (String field : fields) {
            Object v = record.get(field);
            if (v == null) continue;
            Object result = rule.rewrite(field, v);
            if (Values.equal(result, v)) continue;
            if (out == null) out = record.toBuilder();
            out.set(field, result);
        }
        return out == null ? record : out.build();
    }
}
