package ai.refinery.quality.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Class counts of the label column (largest first) and the imbalance ratio, largest class over
 * smallest. {@code classes} is null when the column had more distinct values than are counted
 * exactly; the ratio is null then and when there is no class at all.
 */
public record LabelBalance(String column, Map<String, Long> classes, Double imbalanceRatio) {
    public LabelBalance {
        if (classes != null) classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
    }

    static LabelBalance of(String column, Map<String, Long> classes) {
        long largest = 0;
        long smallest = Long.MAX_VALUE;
        for (long n : classes.values()) {
            largest = Math.max(largest, n);
            smallest = Math.min(smallest, n);
        }
        return new LabelBalance(column, classes, classes.isEmpty() ? null : (double) largest / smallest);
    }
}
