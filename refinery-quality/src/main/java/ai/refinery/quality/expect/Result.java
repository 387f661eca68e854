package ai.refinery.quality.expect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one expectation in one run, as {@code run.json} shows it.
 *
 * @param metric      the measured value (null when there was nothing to measure)
 * @param expected    what was required, in words, e.g. {@code >= 0.99}
 * @param failingRows the first failing rows (row-level checks only)
 */
public record Result(Side side, String name, String check, String column, Level level, boolean passed, Double metric,
                     String expected, Long failingCount, List<Map<String, Object>> failingRows, String message) {
    public Result {
        failingRows = failingRows == null ? List.of() : List.copyOf(failingRows);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("side", side.label());
        m.put("name", name);
        m.put("check", check);
        if (column != null) m.put("column", column);
        m.put("level", level.label());
        m.put("passed", passed);
        m.put("metric", metric == null || metric.isNaN() || metric.isInfinite() ? null : metric);
        m.put("expected", expected);
        if (failingCount != null) {
            m.put("failing_count", failingCount);
            m.put("failing_rows", failingRows);
        }
        m.put("message", message);
        return m;
    }
}
