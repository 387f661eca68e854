package ai.refinery.learn.labels;

import java.util.Random;

/**
 * A seeded synthetic data set: true labels, predicted probabilities from a decent but imperfect
 * "model" (softmax of Gaussian logits, the true class shifted up by {@code signal}), and given
 * labels where a fraction {@code noise} of the examples were flipped to a uniformly drawn other
 * class (symmetric noise). The true labels are kept to score the flagged set.
 */
record NoisyLabels(int[] trueLabels, int[] givenLabels, double[] probs, int classes) {

    static NoisyLabels generate(long seed, int n, int classes, double signal, double noise) {
        Random random = new Random(seed);
        int[] truth = new int[n];
        int[] given = new int[n];
        double[] probs = new double[n * classes];
        double[] logits = new double[classes];
        for (int x = 0; x < n; x++) {
            truth[x] = random.nextInt(classes);
            for (int j = 0; j < classes; j++) {
                logits[j] = random.nextGaussian() + (j == truth[x] ? signal : 0);
            }
            softmax(logits, probs, x * classes);
            given[x] = truth[x];
            if (random.nextDouble() < noise) {
                given[x] = (truth[x] + 1 + random.nextInt(classes - 1)) % classes;
            }
        }
        return new NoisyLabels(truth, given, probs, classes);
    }

    private static void softmax(double[] logits, double[] out, int offset) {
        double max = Double.NEGATIVE_INFINITY;
        for (double z : logits) {
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int j = 0; j < logits.length; j++) {
            out[offset + j] = Math.exp(logits[j] - max);
            sum += out[offset + j];
        }
        for (int j = 0; j < logits.length; j++) {
            out[offset + j] /= sum;
        }
    }

    LabelledPredictions data() {
        return LabelledPredictions.of(givenLabels, probs, classes);
    }

    /** Accuracy of the model's argmax against the true labels. */
    double modelAccuracy() {
        int correct = 0;
        for (int x = 0; x < trueLabels.length; x++) {
            int best = 0;
            for (int j = 1; j < classes; j++) {
                if (probs[x * classes + j] > probs[x * classes + best]) {
                    best = j;
                }
            }
            correct += best == trueLabels[x] ? 1 : 0;
        }
        return (double) correct / trueLabels.length;
    }

    /** {precision, recall} of {@code mask} against the flipped examples. */
    double[] precisionRecall(boolean[] mask) {
        int flagged = 0;
        int flipped = 0;
        int hits = 0;
        for (int x = 0; x < mask.length; x++) {
            boolean isFlip = givenLabels[x] != trueLabels[x];
            flagged += mask[x] ? 1 : 0;
            flipped += isFlip ? 1 : 0;
            hits += mask[x] && isFlip ? 1 : 0;
        }
        return new double[] {flagged == 0 ? 1 : (double) hits / flagged, (double) hits / flipped};
    }
}
