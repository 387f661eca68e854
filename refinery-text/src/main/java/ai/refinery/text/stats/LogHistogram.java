package ai.refinery.text.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A histogram of non-negative numbers in quarter-octave bins (each bin's upper edge is 2^(1/4)
 * times its lower one, so a count is placed within 19% of its value whatever the scale: characters
 * per document from 10 to 10 million, or a ratio from 0.001 to 1), plus a bin for zero. Mergeable
 * by adding counts; its size is bounded by the range of the data (4 bins an octave), not by the
 * number of values. Negative numbers and NaN are counted apart and not binned.
 */
final class LogHistogram {
    private static final double BINS_PER_OCTAVE = 4;
    private final TreeMap<Integer, Long> bins = new TreeMap<>();
    private long zeros;
    private long skipped;
    private long count;
    private double sum;

    void add(double x) {
        if (!(x >= 0) || Double.isInfinite(x)) {
            skipped++;
            return;
        }
        count++;
        sum += x;
        if (x == 0) {
            zeros++;
            return;
        }
        int bin = (int) Math.floor(Math.log(x) / Math.log(2) * BINS_PER_OCTAVE);
        bins.merge(bin, 1L, Long::sum);
    }

    void absorb(LogHistogram other) {
        other.bins.forEach((k, v) -> bins.merge(k, v, Long::sum));
        zeros += other.zeros;
        skipped += other.skipped;
        count += other.count;
        sum += other.sum;
    }

    long count() { return count; }

    /** {count, mean, zeros, skipped, bins: [{from, to, count}]} for run.json. */
    Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", count);
        out.put("mean", count == 0 ? null : sum / count);
        out.put("zeros", zeros);
        if (skipped > 0) out.put("not_counted", skipped);
        List<Map<String, Object>> list = new ArrayList<>();
        bins.forEach((k, v) -> {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("from", edge(k));
            b.put("to", edge(k + 1));
            b.put("count", v);
            list.add(b);
        });
        out.put("bins", list);
        return out;
    }

    private static double edge(int bin) {
        return Math.pow(2, bin / BINS_PER_OCTAVE);
    }
}
