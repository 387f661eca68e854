package ai.refinery.learn.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Eight examples, three classes, worked by hand:
 * <pre>
 * x  label  p0    p1    p2     confident classes (p ≥ t)   counted in C
 * 0  0      0.90  0.05  0.05   0                           (0, 0)
 * 1  0      0.70  0.20  0.10   0                           (0, 0)
 * 2  0      0.10  0.85  0.05   1                           (0, 1)
 * 3  0      0.05  0.40  0.55   none                        -
 * 4  1      0.10  0.85  0.05   1                           (1, 1)
 * 5  1      0.20  0.70  0.10   none (0.70 &lt; 0.775)         -
 * 6  2      0.10  0.10  0.80   2                           (2, 2)
 * 7  2      0.10  0.20  0.70   none (0.70 &lt; 0.75)          -
 * </pre>
 * Thresholds: t0 = (0.9 + 0.7 + 0.1 + 0.05) / 4 = 0.4375, t1 = (0.85 + 0.7) / 2 = 0.775,
 * t2 = (0.8 + 0.7) / 2 = 0.75. C = [[2,1,0],[0,1,0],[0,0,1]]; label counts 4, 2, 2; calibrated
 * C̃ = [[8/3, 4/3, 0],[0, 2, 0],[0, 0, 2]]; Q = C̃ / 8. Rounded prune counts [[3,1,0],[0,2,0],[0,0,2]].
 * Prune by noise rate flags the one example given 0 with the largest p1 − p0: x2. Prune by class
 * flags the 4 − 3 = 1 example given 0 with the lowest p0: x3 (0.05 &lt; 0.10). Both: none.
 * Confident learning (off-diagonal of C): x2.
 */
class HandComputedTest {
    private static final float[][] PROBS = {
        {0.90f, 0.05f, 0.05f},
        {0.70f, 0.20f, 0.10f},
        {0.10f, 0.85f, 0.05f},
        {0.05f, 0.40f, 0.55f},
        {0.10f, 0.85f, 0.05f},
        {0.20f, 0.70f, 0.10f},
        {0.10f, 0.10f, 0.80f},
        {0.10f, 0.20f, 0.70f}};
    private static final int[] LABELS = {0, 0, 0, 0, 1, 1, 2, 2};
    private static final LabelledPredictions DATA = LabelledPredictions.of(LABELS, PROBS);

    @Test
    void thresholdsAreMeanSelfConfidencePerClass() {
        assertThat(ConfidentJoint.of(DATA).thresholds())
            .containsExactly(new double[] {0.4375, 0.775, 0.75}, within(1e-6));
    }

    @Test
    void confidentJointCountsArgmaxOverConfidentClasses() {
        ConfidentJoint joint = ConfidentJoint.of(DATA);
        assertThat(joint.counts()).isDeepEqualTo(new long[][] {{2, 1, 0}, {0, 1, 0}, {0, 0, 1}});
        assertThat(new int[] {joint.guess(0), joint.guess(2), joint.guess(3), joint.guess(5), joint.guess(7)})
            .containsExactly(0, 1, -1, -1, -1);
    }

    @Test
    void calibrationRescalesRowsToLabelCounts() {
        ConfidentJoint joint = ConfidentJoint.of(DATA);
        double[][] c = joint.calibrated();
        assertThat(c[0]).containsExactly(new double[] {8.0 / 3, 4.0 / 3, 0}, within(1e-12));
        assertThat(c[1]).containsExactly(new double[] {0, 2, 0}, within(1e-12));
        assertThat(c[2]).containsExactly(new double[] {0, 0, 2}, within(1e-12));
        double[][] q = joint.joint();
        assertThat(q[0][1]).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(q[0][0]).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(joint.pruneCounts()).isDeepEqualTo(new int[][] {{3, 1, 0}, {0, 2, 0}, {0, 0, 2}});
    }

    @Test
    void eachMethodFlagsTheHandComputedSet() {
        assertThat(flagged(PruneMethod.PRUNE_BY_NOISE_RATE)).containsExactly(2);
        assertThat(flagged(PruneMethod.PRUNE_BY_CLASS)).containsExactly(3);
        assertThat(flagged(PruneMethod.BOTH)).isEmpty();
        assertThat(flagged(PruneMethod.CONFIDENT_LEARNING)).containsExactly(2);
        LabelIssues issues = LabelIssueFinder.defaults().find(DATA);
        assertThat(issues.mask()).containsExactly(false, false, true, false, false, false, false, false);
        assertThat(issues.count()).isEqualTo(1);
    }

    @Test
    void qualityScoresMatchTheirFormulas() {
        assertThat(LabelQualityScore.SELF_CONFIDENCE.scores(DATA)[2]).isCloseTo(0.10, within(1e-6));
        // margin of x2: 0.10 − 0.85 = −0.75, mapped to (−0.75 + 1) / 2
        assertThat(LabelQualityScore.NORMALIZED_MARGIN.scores(DATA)[2]).isCloseTo(0.125, within(1e-6));
        // x0: normalised entropy H/log 3 divided by 0.9, then log(s + 1) / s
        double h = -(0.9 * Math.log(0.9) + 2 * 0.05 * Math.log(0.05)) / Math.log(3);
        double s = h / 0.9;
        assertThat(LabelQualityScore.CONFIDENCE_WEIGHTED_ENTROPY.scores(DATA)[0])
            .isCloseTo(Math.log(s + 1) / s, within(1e-6));
    }

    private static int[] flagged(PruneMethod method) {
        return new LabelIssueFinder(method, LabelQualityScore.SELF_CONFIDENCE).find(DATA).ranking();
    }
}
