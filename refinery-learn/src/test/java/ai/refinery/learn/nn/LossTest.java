package ai.refinery.learn.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LossTest {
    private static final long SEED = TestSeeds.seed();

    @Test
    void crossEntropyOfEqualLogitsIsLogOfTheClassCount() {
        float[] logits = {0, 0, 0, 0};
        float[] grad = new float[4];
        double loss = new SoftmaxCrossEntropy().evaluate(logits, new int[] {2}, 1, 4, grad);
        assertThat(loss).isCloseTo(Math.log(4), within(1e-12));
        assertThat(grad).containsExactly(0.25f, 0.25f, -0.75f, 0.25f);
    }

    @Test
    void crossEntropyMatchesTheTextbookFormulaAndAveragesOverRows() {
        float[] logits = {1, 2, 3, /* row 2 */ 0.5f, -1, 0};
        int[] labels = {0, 2};
        double expected = 0;
        for (int r = 0; r < 2; r++) {
            double z = 0;
            for (int j = 0; j < 3; j++) z += Math.exp(logits[r * 3 + j]);
            expected += -Math.log(Math.exp(logits[r * 3 + labels[r]]) / z);
        }
        float[] grad = new float[6];
        assertThat(new SoftmaxCrossEntropy().evaluate(logits, labels, 2, 3, grad)).isCloseTo(expected / 2, within(1e-6));
        // each row of (p − y)/rows sums to 0
        assertThat(grad[0] + grad[1] + grad[2]).isCloseTo(0f, within(1e-7f));
        assertThat(grad[3] + grad[4] + grad[5]).isCloseTo(0f, within(1e-7f));
    }

    @Test
    void crossEntropyIsStableForHugeLogits() {
        float[] logits = {1000, 0, -1000};
        float[] grad = new float[3];
        double loss = new SoftmaxCrossEntropy().evaluate(logits, new int[] {1}, 1, 3, grad);
        assertThat(loss).isCloseTo(1000, within(1e-9));
        assertThat(grad).containsExactly(1f, -1f, 0f);
        assertThat(new SoftmaxCrossEntropy().evaluate(logits, new int[] {0}, 1, 3, null)).isEqualTo(0.0);
    }

    @Test
    void crossEntropyGradientMatchesFiniteDifferences() {
        SplitMix64 random = new SplitMix64(SEED);
        int rows = 3;
        int classes = 5;
        float[] logits = GradientCheck.uniform(random, rows * classes, -3, 3);
        int[] labels = {random.nextInt(classes), random.nextInt(classes), random.nextInt(classes)};
        float[] grad = new float[rows * classes];
        SoftmaxCrossEntropy ce = new SoftmaxCrossEntropy();
        ce.evaluate(logits, labels, rows, classes, grad);
        new GradientCheck(1e-2, 2e-3, 1e-5, SEED).check("logits", logits, grad, rows * classes,
                () -> ce.evaluate(logits, labels, rows, classes, null));
    }

    @Test
    void meanSquaredErrorAgainstOneHotLabels() {
        float[] out = {0.5f, 0.5f, 1, 0};
        float[] grad = new float[4];
        // (0.25 + 0.25 + 0 + 0) / 4
        assertThat(new MeanSquaredError().evaluate(out, new int[] {1, 0}, 2, 2, grad)).isCloseTo(0.125, within(1e-12));
        assertThat(grad).containsExactly(0.25f, -0.25f, 0f, 0f);
    }

    @Test
    void meanSquaredErrorGradientMatchesFiniteDifferences() {
        SplitMix64 random = new SplitMix64(SEED);
        float[] out = GradientCheck.uniform(random, 12, -2, 2);
        float[] target = GradientCheck.uniform(random, 12, -2, 2);
        float[] grad = new float[12];
        MeanSquaredError.evaluate(out, target, 12, grad);
        new GradientCheck(1e-2, 1e-3, 1e-5, SEED).check("outputs", out, grad, 12,
                () -> MeanSquaredError.evaluate(out, target, 12, null));

        int[] labels = {1, 0, 2, 2};
        float[] gradLabels = new float[12];
        MeanSquaredError mse = new MeanSquaredError();
        mse.evaluate(out, labels, 4, 3, gradLabels);
        new GradientCheck(1e-2, 1e-3, 1e-5, SEED).check("outputs vs labels", out, gradLabels, 12,
                () -> mse.evaluate(out, labels, 4, 3, null));
    }

    @Test
    void aLabelOutsideTheClassesIsRefused() {
        assertThatThrownBy(() -> new SoftmaxCrossEntropy().evaluate(new float[4], new int[] {0, 2}, 2, 2, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label 2 of batch row 1");
        assertThatThrownBy(() -> new MeanSquaredError().evaluate(new float[2], new int[] {-1}, 1, 2, null))
                .hasMessageContaining("label -1");
    }

    @Test
    void softmaxRowsSumToOne() {
        float[] logits = {1, 2, 3, 1000, 1000, -5};
        float[] p = new float[6];
        Softmax.rows(logits, 0, 2, 3, p, 0);
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1f, within(1e-6f));
        assertThat(p[3]).isEqualTo(0.5f);
        assertThat(p[5]).isEqualTo(0f);
    }
}
