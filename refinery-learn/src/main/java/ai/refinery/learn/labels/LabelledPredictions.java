package ai.refinery.learn.labels;

import java.util.Arrays;

/**
 * The input of confident learning: n given labels in {@code 0..K-1} and an n×K matrix of
 * out-of-sample predicted probabilities (row i is the model's distribution for example i, produced
 * by a model that did not train on example i). Validated once here so the algorithms can trust it;
 * the arrays are copied, so later changes by the caller do not leak in.
 */
public final class LabelledPredictions {
    /** Slack allowed on a row sum: float probabilities from a softmax rarely sum to exactly 1. */
    private static final double ROW_SUM_TOLERANCE = 1e-3;

    private final int[] labels;
    private final double[] probs;
    private final int classes;

    private LabelledPredictions(int[] labels, double[] probs, int classes) {
        this.labels = labels;
        this.probs = probs;
        this.classes = classes;
        validate();
    }

    /** From a row-major flat array of {@code labels.length × classes} probabilities. */
    public static LabelledPredictions of(int[] labels, double[] predProbs, int classes) {
        if (labels == null || predProbs == null) {
            throw new IllegalArgumentException("labels and predicted probabilities must not be null");
        }
        if (classes < 2) {
            throw new IllegalArgumentException("need at least 2 classes, got " + classes);
        }
        if ((long) labels.length * classes != predProbs.length) {
            throw new IllegalArgumentException("predicted probabilities have " + predProbs.length
                + " values, expected " + labels.length + " examples × " + classes + " classes");
        }
        return new LabelledPredictions(labels.clone(), predProbs.clone(), classes);
    }

    /** From one probability row per example; the number of classes is the row length. */
    public static LabelledPredictions of(int[] labels, float[][] predProbs) {
        if (labels == null || predProbs == null) {
            throw new IllegalArgumentException("labels and predicted probabilities must not be null");
        }
        if (predProbs.length != labels.length) {
            throw new IllegalArgumentException("got " + labels.length + " labels but "
                + predProbs.length + " probability rows");
        }
        if (predProbs.length == 0) {
            throw new IllegalArgumentException("no examples");
        }
        int k = predProbs[0] == null ? 0 : predProbs[0].length;
        if (k < 2) {
            throw new IllegalArgumentException("need at least 2 classes, got " + k);
        }
        double[] flat = new double[Math.multiplyExact(predProbs.length, k)];
        for (int i = 0; i < predProbs.length; i++) {
            if (predProbs[i] == null || predProbs[i].length != k) {
                throw new IllegalArgumentException("probability row " + i + " has "
                    + (predProbs[i] == null ? "no values" : predProbs[i].length + " values")
                    + ", expected " + k);
            }
            for (int j = 0; j < k; j++) {
                flat[i * k + j] = predProbs[i][j];
            }
        }
        return new LabelledPredictions(labels.clone(), flat, k);
    }

    private void validate() {
        if (labels.length == 0) {
            throw new IllegalArgumentException("no examples");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label of example " + i + " is " + labels[i]
                    + ", outside 0.." + (classes - 1));
            }
            double sum = 0;
            for (int j = 0; j < classes; j++) {
                double p = probs[i * classes + j];
                if (!(p >= 0 && p <= 1)) { // also rejects NaN
                    throw new IllegalArgumentException("probability of class " + j + " for example "
                        + i + " is " + p + ", outside [0, 1]");
                }
                sum += p;
            }
            if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE) {
                throw new IllegalArgumentException("probabilities of example " + i + " sum to " + sum
                    + ", not 1");
            }
        }
    }

    /** Number of examples n. */
    public int size() {
        return labels.length;
    }

    /** Number of classes K. */
    public int classes() {
        return classes;
    }

    /** Given label of example {@code i}. */
    public int label(int i) {
        return labels[i];
    }

    /** Predicted probability of class {@code j} for example {@code i}. */
    public double prob(int i, int j) {
        return probs[i * classes + j];
    }

    /** Number of examples given each label. */
    public int[] labelCounts() {
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** A copy of the given labels. */
    public int[] labels() {
        return Arrays.copyOf(labels, labels.length);
    }
}
