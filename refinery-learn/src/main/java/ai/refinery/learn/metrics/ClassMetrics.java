package ai.refinery.learn.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/** Precision, recall and F1 of one class, and its support (number of examples with that label). */
public record ClassMetrics(int label, double precision, double recall, double f1, long support) {
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("precision", precision);
        m.put("recall", recall);
        m.put("f1", f1);
        m.put("support", support);
        return m;
    }
}
