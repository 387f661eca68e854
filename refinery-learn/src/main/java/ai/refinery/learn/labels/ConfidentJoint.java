package ai.refinery.learn.labels;

/**
 * Per-class thresholds, the confident joint and its calibration, following section 3.1 of
 * Northcutt, Jiang and Chuang, "Confident Learning: Estimating Uncertainty in Dataset Labels"
 * (JAIR 2021). Rows are indexed by the given (noisy) label ỹ = i, columns by the estimated true
 * label y* = j.
 *
 * <ul>
 *   <li>Threshold (eq. 2): t_j = mean of p̂(ỹ=j; x) over the examples x given label j. A class no
 *       example is given gets t_j = +∞: nothing can be confidently counted into it (cleanlab uses a
 *       value above 1 for the same purpose).</li>
 *   <li>Confident joint (eq. 1): example x with given label i is counted in C[i][j] for
 *       j = argmax over the classes k with p̂(ỹ=k; x) ≥ t_k − ε of p̂(ỹ=k; x). ε = 1e-6 absorbs
 *       rounding, so that an example whose probability equals a mean it contributed to is still
 *       counted (cleanlab does the same). Ties in the argmax go to the lowest class index. An
 *       example with no class at or above its threshold is not counted anywhere (as in the paper);
 *       its {@link #guess(int)} is −1.</li>
 *   <li>Calibration (eq. 3): C̃[i][j] = C[i][j] / Σ_k C[i][k] · |X_{ỹ=i}|, so each row sums to the
 *       number of examples given label i, and Q = C̃ / Σ C̃ = C̃ / n. A row always has a counted
 *       example when class i is given at all (the example with the highest p̂(ỹ=i; x) is at or
 *       above the mean t_i, so some class is confident for it); the guard that would put the count
 *       of an empty row on the diagonal is defensive only.</li>
 * </ul>
 */
public final class ConfidentJoint {
    /** Slack on the threshold comparison (see class comment). */
    static final double EPSILON = 1e-6;

    private final int classes;
    private final int size;
    private final int[] labelCounts;
    private final double[] thresholds;
    private final int[] guesses;
    private final long[][] counts;
    private final double[][] calibrated;

    private ConfidentJoint(LabelledPredictions data) {
        classes = data.classes();
        size = data.size();
        labelCounts = data.labelCounts();
        thresholds = thresholds(data, labelCounts);
        guesses = new int[size];
        counts = new long[classes][classes];
        for (int x = 0; x < size; x++) {
            int guess = confidentArgmax(data, x, thresholds);
            guesses[x] = guess;
            if (guess >= 0) {
                counts[data.label(x)][guess]++;
            }
        }
        calibrated = calibrate(counts, labelCounts);
    }

    /** Computes thresholds, confident joint and calibration for {@code data}. */
    public static ConfidentJoint of(LabelledPredictions data) {
        return new ConfidentJoint(data);
    }

    private static double[] thresholds(LabelledPredictions data, int[] labelCounts) {
        double[] sums = new double[data.classes()];
        for (int x = 0; x < data.size(); x++) {
            int label = data.label(x);
            sums[label] += data.prob(x, label);
        }
        double[] t = new double[data.classes()];
        for (int j = 0; j < t.length; j++) {
            t[j] = labelCounts[j] == 0 ? Double.POSITIVE_INFINITY : sums[j] / labelCounts[j];
        }
        return t;
    }

    private static int confidentArgmax(LabelledPredictions data, int x, double[] thresholds) {
        int best = -1;
        double bestProb = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < thresholds.length; j++) {
            double p = data.prob(x, j);
            if (p >= thresholds[j] - EPSILON && p > bestProb) { // strict: ties keep the lower index
                best = j;
                bestProb = p;
            }
        }
        return best;
    }

    private static double[][] calibrate(long[][] counts, int[] labelCounts) {
        int k = labelCounts.length;
        double[][] c = new double[k][k];
        for (int i = 0; i < k; i++) {
            long rowSum = 0;
            for (long v : counts[i]) {
                rowSum += v;
            }
            if (rowSum == 0) {
                c[i][i] = labelCounts[i];
                continue;
            }
            for (int j = 0; j < k; j++) {
                c[i][j] = (double) counts[i][j] / rowSum * labelCounts[i];
            }
        }
        return c;
    }

    /** Number of classes K. */
    public int classes() {
        return classes;
    }

    /** Number of examples n. */
    public int size() {
        return size;
    }

    /** The per-class thresholds t_j (eq. 2); +∞ for a class no example is given. */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** Number of examples given each label, |X_{ỹ=i}|. */
    public int[] labelCounts() {
        return labelCounts.clone();
    }

    /** The class example {@code x} was counted into in the confident joint, or −1 if none. */
    public int guess(int x) {
        return guesses[x];
    }

    /** The raw confident joint C (eq. 1): C[i][j] examples given i confidently belonging to j. */
    public long[][] counts() {
        long[][] copy = new long[classes][];
        for (int i = 0; i < classes; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    /** The calibrated joint C̃ (eq. 3, before normalisation): rows sum to the label counts. */
    public double[][] calibrated() {
        double[][] copy = new double[classes][];
        for (int i = 0; i < classes; i++) {
            copy[i] = calibrated[i].clone();
        }
        return copy;
    }

    /** The estimated joint Q[i][j] of given label i and true label j (eq. 3): C̃ / n, sums to 1. */
    public double[][] joint() {
        double[][] q = calibrated();
        for (double[] row : q) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= size;
            }
        }
        return q;
    }

    /**
     * The calibrated joint rounded to whole examples, n·Q, with each row still summing exactly to
     * its label count: largest-remainder rounding per row (cleanlab rounds preserving row totals
     * too). These are the numbers of examples the pruning methods flag (section 3.2).
     */
    public int[][] pruneCounts() {
        int[][] out = new int[classes][classes];
        for (int i = 0; i < classes; i++) {
            out[i] = LargestRemainder.round(calibrated[i], labelCounts[i]);
        }
        return out;
    }
}
