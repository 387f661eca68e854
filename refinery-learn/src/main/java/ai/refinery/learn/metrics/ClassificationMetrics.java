package ai.refinery.learn.metrics;

/**
 * Scores of predicted class probabilities (or any per-class scores, for the ranking metrics)
 * given as n rows × classes, row-major, against n int labels. Ties rank the lower class first.
 */
public final class ClassificationMetrics {
    /** Probabilities are clipped to at least this before the log (as scikit-learn's log_loss did), so one confident miss is finite. */
    public static final double LOG_LOSS_EPSILON = 1e-15;

    private ClassificationMetrics() {}

    /** The class with the highest score in the row at {@code offset}; the lowest such class on a tie. */
    public static int argmax(float[] scores, int offset, int classes) {
        int best = 0;
        float max = scores[offset];
        for (int j = 1; j < classes; j++) {
            if (scores[offset + j] > max) {
                max = scores[offset + j];
                best = j;
            }
        }
        return best;
    }

    /** The predicted class (argmax) of each row. */
    public static int[] predictedClasses(float[] scores, int classes) {
        int n = scores.length / classes;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = argmax(scores, i * classes, classes);
        return out;
    }

    /** Share of rows whose argmax is the label. */
    public static double accuracy(float[] scores, int[] labels, int classes) {
        return topKAccuracy(scores, labels, classes, 1);
    }

    /**
     * Share of rows whose label is among the {@code k} highest-ranked classes, ranking as
     * {@link #argmax} does (so top-1 equals accuracy).
     */
    public static double topKAccuracy(float[] scores, int[] labels, int classes, int k) {
        check(scores, labels, classes);
        if (k < 1) throw new IllegalArgumentException("k must be >= 1, got " + k);
        if (labels.length == 0) return Double.NaN;
        long hits = 0;
        for (int i = 0; i < labels.length; i++) {
            int at = i * classes;
            float own = scores[at + labels[i]];
            int ahead = 0; // classes ranked before the label
            for (int j = 0; j < classes; j++) {
                float s = scores[at + j];
                if (s > own || (s == own && j < labels[i])) ahead++;
            }
            if (ahead < k) hits++;
        }
        return (double) hits / labels.length;
    }

    /** Mean of −ln p(label), with p clipped to at least {@link #LOG_LOSS_EPSILON}. */
    public static double logLoss(float[] probabilities, int[] labels, int classes) {
        check(probabilities, labels, classes);
        if (labels.length == 0) return Double.NaN;
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            double p = probabilities[i * classes + labels[i]];
            sum -= Math.log(Math.max(p, LOG_LOSS_EPSILON));
        }
        return sum / labels.length;
    }

    static void check(float[] scores, int[] labels, int classes) {
        if (classes < 1) throw new IllegalArgumentException("classes must be >= 1, got " + classes);
        if ((long) labels.length * classes != scores.length) {
            throw new IllegalArgumentException(labels.length + " labels × " + classes + " classes need " + (long) labels.length * classes
                    + " scores, got " + scores.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label " + labels[i] + " of row " + i + " is outside [0, " + classes + ")");
            }
        }
    }
}
