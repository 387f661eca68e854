package ai.refinery.learn.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties that hold on any input, checked on seeded random data. */
class InvariantsTest {
    private static final long SEED = 7L;

    @Test
    void nothingFlaggedWhenEveryLabelIsItsConfidentClass() {
        // the label gets at least 0.6 of the mass and every other class at most 0.4/3 &lt; t_j,
        // so the only confident class of an example is its label (or none)
        Random random = new Random(SEED);
        int n = 500;
        int k = 4;
        int[] labels = new int[n];
        float[][] probs = new float[n][k];
        for (int x = 0; x < n; x++) {
            labels[x] = random.nextInt(k);
            float self = 0.6f + 0.4f * random.nextFloat();
            for (int j = 0; j < k; j++) {
                probs[x][j] = j == labels[x] ? self : (1 - self) / (k - 1);
            }
        }
        LabelledPredictions data = LabelledPredictions.of(labels, probs);
        ConfidentJoint joint = ConfidentJoint.of(data);
        long[][] c = joint.counts();
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                assertThat(i == j || c[i][j] == 0).as("seed " + SEED + " C[" + i + "][" + j + "]").isTrue();
            }
        }
        for (PruneMethod method : PruneMethod.values()) {
            assertThat(new LabelIssueFinder(method, LabelQualityScore.SELF_CONFIDENCE).find(data).count())
                .as(method.id() + " seed " + SEED).isZero();
        }
    }

    @Test
    void calibratedJointSumsToOneAndRowsToLabelCounts() {
        Random random = new Random(SEED);
        for (int trial = 0; trial < 20; trial++) {
            int k = 2 + random.nextInt(6);
            int n = 1 + random.nextInt(300);
            int[] labels = new int[n];
            double[] probs = new double[n * k];
            for (int x = 0; x < n; x++) {
                labels[x] = random.nextInt(k - 1); // the last class is never given
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    probs[x * k + j] = random.nextDouble();
                    sum += probs[x * k + j];
                }
                for (int j = 0; j < k; j++) {
                    probs[x * k + j] /= sum;
                }
            }
            ConfidentJoint joint = ConfidentJoint.of(LabelledPredictions.of(labels, probs, k));
            String where = "seed " + SEED + " trial " + trial;
            double total = 0;
            for (double[] row : joint.joint()) {
                for (double q : row) {
                    total += q;
                }
            }
            assertThat(total).as(where).isCloseTo(1.0, within(1e-9));
            double[][] calibrated = joint.calibrated();
            int[][] prune = joint.pruneCounts();
            int[] counts = joint.labelCounts();
            long[][] c = joint.counts();
            for (int i = 0; i < k; i++) {
                // the example given i with the highest p_i is always at or above t_i (a mean), so
                // a given class always has a counted example
                assertThat(counts[i] == 0 || java.util.Arrays.stream(c[i]).sum() > 0).as(where).isTrue();
                assertThat(java.util.Arrays.stream(calibrated[i]).sum()).as(where)
                    .isCloseTo(counts[i], within(1e-9));
                assertThat(java.util.Arrays.stream(prune[i]).sum()).as(where).isEqualTo(counts[i]);
            }
            assertThat(joint.thresholds()[k - 1]).isEqualTo(Double.POSITIVE_INFINITY);
            for (PruneMethod method : PruneMethod.values()) {
                LabelIssues issues = new LabelIssueFinder(method, LabelQualityScore.NORMALIZED_MARGIN)
                    .find(LabelledPredictions.of(labels, probs, k));
                assertThat(issues.mask()).hasSize(n);
                if (method != PruneMethod.CONFIDENT_LEARNING) {
                    assertKeepsOnePerClass(issues.mask(), labels, counts, where);
                }
            }
        }
    }

    private static void assertKeepsOnePerClass(boolean[] mask, int[] labels, int[] counts, String where) {
        int[] kept = new int[counts.length];
        for (int x = 0; x < mask.length; x++) {
            kept[labels[x]] += mask[x] ? 0 : 1;
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                assertThat(kept[i]).as(where + " class " + i).isPositive();
            }
        }
    }

    @Test
    void tiesGoToTheLowerClass() {
        // t = (0.5, 0.5): both classes are confident for both examples; the argmax tie goes to 0
        ConfidentJoint even = ConfidentJoint.of(
            LabelledPredictions.of(new int[] {0, 1}, new double[] {0.5, 0.5, 0.5, 0.5}, 2));
        assertThat(even.counts()).isDeepEqualTo(new long[][] {{1, 0}, {1, 0}});
    }

    @Test
    void countMethodsKeepOneExamplePerGivenClass() {
        int[] labels = {0, 1, 1};
        double[] probs = {0.9, 0.1, 0.95, 0.05, 0.95, 0.05};
        // t0 = 0.9, t1 = 0.05: both examples given 1 are confident in 0 (0.95) and 1; argmax is 0,
        // so C = [[1,0],[2,0]] and n·Q[1][0] = 2, but one example given 1 must stay
        LabelledPredictions data = LabelledPredictions.of(labels, probs, 2);
        assertThat(ConfidentJoint.of(data).counts()).isDeepEqualTo(new long[][] {{1, 0}, {2, 0}});
        assertThat(LabelIssueFinder.defaults().find(data).ranking()).containsExactly(1);
        assertThat(new LabelIssueFinder(PruneMethod.PRUNE_BY_CLASS, LabelQualityScore.SELF_CONFIDENCE)
            .find(data).ranking()).containsExactly(1);
        // confident_learning is not count-based: both off-diagonal examples are flagged
        assertThat(new LabelIssueFinder(PruneMethod.CONFIDENT_LEARNING, LabelQualityScore.SELF_CONFIDENCE)
            .find(data).ranking()).containsExactly(1, 2);
    }

    @Test
    void rejectsBrokenInput() {
        assertThatThrownBy(() -> LabelledPredictions.of(new int[] {0, 3}, new double[] {1, 0, 0, 1}, 2))
            .hasMessageContaining("label of example 1 is 3");
        assertThatThrownBy(() -> LabelledPredictions.of(new int[] {0}, new double[] {0.5, 0.2}, 2))
            .hasMessageContaining("sum to 0.7");
        assertThatThrownBy(() -> LabelledPredictions.of(new int[] {0}, new double[] {Double.NaN, 1}, 2))
            .hasMessageContaining("NaN");
        assertThatThrownBy(() -> LabelledPredictions.of(new int[] {0}, new double[] {1, 0, 0}, 2))
            .hasMessageContaining("3 values, expected 1 examples × 2 classes");
        assertThatThrownBy(() -> LabelledPredictions.of(new int[] {0}, new float[][] {{1f}}))
            .hasMessageContaining("at least 2 classes");
        assertThatThrownBy(() -> LabelledPredictions.of(new int[] {0, 1}, new float[][] {{1f, 0f}, {1f}}))
            .hasMessageContaining("row 1 has 1 values, expected 2");
        assertThatThrownBy(() -> LabelledPredictions.of(new int[0], new double[0], 2))
            .hasMessageContaining("no examples");
        assertThatThrownBy(() -> PruneMethod.fromId("prune_by_magic"))
            .hasMessageContaining("prune_by_noise_rate");
        assertThat(PruneMethod.fromId("both")).isEqualTo(PruneMethod.BOTH);
    }

    @Test
    void largestRemainderPreservesTheTotal() {
        assertThat(LargestRemainder.round(new double[] {8.0 / 3, 4.0 / 3, 0}, 4)).containsExactly(3, 1, 0);
        assertThat(LargestRemainder.round(new double[] {1.5, 1.5, 0}, 3)).containsExactly(2, 1, 0);
        assertThat(LargestRemainder.round(new double[] {2.9999999999, 0.0000000001}, 3)).containsExactly(3, 0);
    }
}
