package ai.refinery.learn.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of (actual, predicted) class pairs: row = actual class, column = predicted class (the
 * scikit-learn layout). Per-class precision, recall and F1 follow from it; a ratio whose
 * denominator is 0 is 0.
 */
public final class ConfusionMatrix {
    private final long[][] counts;

    private ConfusionMatrix(long[][] counts) {
        this.counts = counts;
    }

    public static ConfusionMatrix of(int[] actual, int[] predicted, int classes) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException(actual.length + " labels but " + predicted.length + " predictions");
        }
        long[][] counts = new long[classes][classes];
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] < 0 || actual[i] >= classes || predicted[i] < 0 || predicted[i] >= classes) {
                throw new IllegalArgumentException("row " + i + ": label " + actual[i] + " or prediction " + predicted[i]
                        + " is outside [0, " + classes + ")");
            }
            counts[actual[i]][predicted[i]]++;
        }
        return new ConfusionMatrix(counts);
    }

    public int classes() { return counts.length; }

    /** Examples of class {@code actual} predicted as {@code predicted}. */
    public long count(int actual, int predicted) { return counts[actual][predicted]; }

    /** Examples whose label is {@code c}. */
    public long support(int c) {
        long n = 0;
        for (long v : counts[c]) n += v;
        return n;
    }

    /** Examples predicted as {@code c}. */
    public long predictedCount(int c) {
        long n = 0;
        for (long[] row : counts) n += row[c];
        return n;
    }

    /** tp / (tp + fp): of the examples predicted as c, the share that are c. */
    public double precision(int c) { return ratio(counts[c][c], predictedCount(c)); }

    /** tp / (tp + fn): of the examples of class c, the share predicted as c. */
    public double recall(int c) { return ratio(counts[c][c], support(c)); }

    /** Harmonic mean of precision and recall. */
    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A copy of the counts, [actual][predicted]. */
    public long[][] toArray() {
        long[][] out = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) out[i] = counts[i].clone();
        return out;
    }

    /** The counts as nested lists, for JSON. */
    public List<List<Long>> toList() {
        List<List<Long>> out = new ArrayList<>();
        for (long[] row : counts) {
            List<Long> r = new ArrayList<>();
            for (long v : row) r.add(v);
            out.add(List.copyOf(r));
        }
        return List.copyOf(out);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
