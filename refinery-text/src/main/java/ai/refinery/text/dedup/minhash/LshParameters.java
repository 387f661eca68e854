package ai.refinery.text.dedup.minhash;

/**
 * The banding of a MinHash signature for LSH: {@code bands} bands of {@code rows} values each; two
 * documents become a candidate pair when all rows of at least one band agree, which for Jaccard
 * similarity {@code s} happens with probability {@code 1 − (1 − s^r)^b}.
 *
 * <p>{@link #optimal} chooses b × r for a threshold as datasketch's {@code _optimal_param} does:
 * over every {@code b ≥ 1, r ≥ 1} with {@code b·r ≤ numPerm}, minimize
 * {@code wFP·FP + wFN·FN} with {@code FP = ∫₀ᵗ 1 − (1 − s^r)^b ds} (dissimilar pairs that become
 * candidates) and {@code FN = ∫ₜ¹ (1 − s^r)^b ds} (similar pairs that do not); weights 0.5 / 0.5 by
 * default; the first (smallest b, then smallest r) minimum wins ties. Explicit bands and rows
 * override the optimizer: {@link #DATATROVE} is datatrove's default, 14 buckets × 8 hashes = 112
 * permutations ({@code MinhashConfig.num_buckets}, {@code hashes_per_bucket}).
 */
public record LshParameters(int bands, int rows) {

    /** datatrove's {@code MinhashConfig} default: 14 bands × 8 rows. */
    public static final LshParameters DATATROVE = new LshParameters(14, 8);

    /** Simpson's rule intervals per integral: the error is far below the gaps between choices. */
    private static final int INTERVALS = 2000;

    public LshParameters {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be >= 1, got " + bands + " x " + rows);
        }
        if ((long) bands * rows > 4096) {
            throw new IllegalArgumentException("bands x rows = " + (long) bands * rows + " exceeds 4096 permutations");
        }
    }

    /** The permutations the banding reads: {@code bands · rows}. */
    public int numPerm() {
        return bands * rows;
    }

    /** The probability that a pair of Jaccard similarity {@code s} becomes a candidate. */
    public double candidateProbability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }

    /** The similarity where the candidate curve is steepest, about {@code (1/b)^(1/r)}. */
    public double approximateThreshold() {
        return Math.pow(1.0 / bands, 1.0 / rows);
    }

    /** Optimal banding for {@code threshold} within {@code numPerm} values, equal weights. */
    public static LshParameters optimal(double threshold, int numPerm) {
        return optimal(threshold, numPerm, 0.5, 0.5);
    }

    /** Optimal banding minimizing {@code fpWeight·FP + fnWeight·FN} (see the class comment). */
    public static LshParameters optimal(double threshold, int numPerm, double fpWeight, double fnWeight) {
        return optimal(threshold, numPerm, fpWeight, fnWeight, numPerm);
    }

    /** As {@link #optimal(double, int, double, double)} with at most {@code maxRows} rows a band. */
    public static LshParameters optimal(double threshold, int numPerm, double fpWeight, double fnWeight, int maxRows) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
        }
        if (numPerm < 1 || numPerm > 4096) {
            throw new IllegalArgumentException("num_perm must be 1..4096, got " + numPerm);
        }
        if (!(fpWeight >= 0 && fnWeight >= 0 && fpWeight + fnWeight > 0)) {
            throw new IllegalArgumentException("weights must be >= 0 and not both 0, got " + fpWeight + ", " + fnWeight);
        }
        double best = Double.POSITIVE_INFINITY;
        LshParameters choice = null;
        for (int b = 1; b <= numPerm; b++) {
            for (int r = 1; r <= Math.min(maxRows, numPerm / b); r++) {
                double error = fpWeight * falsePositiveArea(threshold, b, r) + fnWeight * falseNegativeArea(threshold, b, r);
                if (error < best - 1e-15) {
                    best = error;
                    choice = new LshParameters(b, r);
                }
            }
        }
        return choice;
    }

    /** {@code ∫₀ᵗ 1 − (1 − s^r)^b ds}. */
    public static double falsePositiveArea(double threshold, int bands, int rows) {
        return simpson(0, threshold, s -> 1 - Math.pow(1 - Math.pow(s, rows), bands));
    }

    /** {@code ∫ₜ¹ (1 − s^r)^b ds}. */
    public static double falseNegativeArea(double threshold, int bands, int rows) {
        return simpson(threshold, 1, s -> Math.pow(1 - Math.pow(s, rows), bands));
    }

    private static double simpson(double from, double to, java.util.function.DoubleUnaryOperator f) {
        double h = (to - from) / INTERVALS;
        double sum = f.applyAsDouble(from) + f.applyAsDouble(to);
        for (int i = 1; i < INTERVALS; i++) {
            sum += f.applyAsDouble(from + i * h) * ((i & 1) == 1 ? 4 : 2);
        }
        return sum * h / 3;
    }

    @Override
    public String toString() {
        return bands + " bands x " + rows + " rows";
    }
}
