package ai.refinery.learn.labels;

/**
 * Per-example label quality scores in [0, 1]: lower means the given label is more likely wrong.
 * Used to rank flagged examples. Self-confidence is the score of section 3.2 of the confident
 * learning paper (pruning by class ranks by it); the other two follow Kuan and Mueller, "Model-agnostic
 * label quality scoring to detect real-world label errors" (ICML DataPerf workshop 2022), as
 * implemented in cleanlab's {@code rank} module.
 */
public enum LabelQualityScore {
    /** p̂(ỹ=label; x): the probability the model gives the given label. */
    SELF_CONFIDENCE {
        @Override
        double score(LabelledPredictions data, int x) {
            return data.prob(x, data.label(x));
        }
    },
    /**
     * (m + 1) / 2 with the margin m = p̂[label] − max_{j≠label} p̂[j]; the affine map only moves m
     * from [−1, 1] to [0, 1] (as cleanlab does) and leaves the ranking unchanged.
     */
    NORMALIZED_MARGIN {
        @Override
        double score(LabelledPredictions data, int x) {
            int label = data.label(x);
            double other = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < data.classes(); j++) {
                if (j != label) {
                    other = Math.max(other, data.prob(x, j));
                }
            }
            return (data.prob(x, label) - other + 1) / 2;
        }
    },
    /**
     * Confidence-weighted entropy: s = H(p̂)/log K ÷ max(p̂[label], 1e-6), score = log(s + 1) /
     * max(s, 1e-6). Uncertain predictions (high normalised entropy) and low self-confidence both
     * lower the score.
     */
    CONFIDENCE_WEIGHTED_ENTROPY {
        @Override
        double score(LabelledPredictions data, int x) {
            double entropy = 0;
            for (int j = 0; j < data.classes(); j++) {
                double p = Math.max(data.prob(x, j), CLIP);
                entropy -= p * Math.log(p);
            }
            double s = entropy / Math.log(data.classes())
                / Math.max(data.prob(x, data.label(x)), CLIP);
            return Math.log(s + 1) / Math.max(s, CLIP);
        }
    };

    private static final double CLIP = 1e-6;

    abstract double score(LabelledPredictions data, int x);

    /** The score of every example. */
    public double[] scores(LabelledPredictions data) {
        double[] out = new double[data.size()];
        for (int x = 0; x < out.length; x++) {
            out[x] = score(data, x);
        }
        return out;
    }
}
