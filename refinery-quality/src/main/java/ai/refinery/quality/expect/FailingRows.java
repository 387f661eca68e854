package ai.refinery.quality.expect;

import ai.refinery.core.record.Record;
import ai.refinery.core.record.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows that broke a row-level expectation: how many rows were checked, how many failed, and
 * the first few (id and offending value) in input order. Partials of batches are appended in order.
 */
public final class FailingRows {
    /** Longest value text kept for a failing row. */
    static final int MAX_VALUE_CHARS = 200;

    private final int keep;
    private long checked;
    private long failing;
    private final List<Map<String, Object>> samples = new ArrayList<>();

    public FailingRows(int keep) {
        this.keep = keep;
    }

    public long checked() { return checked; }
    public long failing() { return failing; }
    public List<Map<String, Object>> samples() { return samples; }

    void pass() {
        checked++;
    }

    void fail(Record r, Object value, String why) {
        checked++;
        failing++;
        if (samples.size() < keep) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("value", value == null ? null : shorten(Values.toDisplayString(value)));
            if (why != null) row.put("why", why);
            samples.add(row);
        }
    }

    /** Appends a later batch's outcome. */
    void append(FailingRows later) {
        checked += later.checked;
        failing += later.failing;
        for (Map<String, Object> s : later.samples) {
            if (samples.size() >= keep) break;
            samples.add(s);
        }
    }

    /** Fraction of checked rows that passed; 1 when none was checked. */
    double passingFraction() {
        return checked == 0 ? 1.0 : (double) (checked - failing) / checked;
    }

    static String shorten(String s) {
        return s.length() <= MAX_VALUE_CHARS ? s : s.substring(0, MAX_VALUE_CHARS) + "…(" + (s.length() - MAX_VALUE_CHARS) + " more chars)";
    }
}
