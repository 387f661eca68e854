package ai.refinery.learn.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.learn.tensor.Gemms;
import org.junit.jupiter.api.Test;

class DenseTest {
    private static final long SEED = TestSeeds.seed();

    @Test
    void forwardIsXTimesWPlusB() {
        Dense dense = new Dense(3, 2);
        System.arraycopy(new float[] {1, 2, 3, 4, 5, 6}, 0, dense.weight().data(), 0, 6); // rows of W: [1 2] [3 4] [5 6]
        dense.bias().data()[0] = 0.5f;
        dense.bias().data()[1] = -1f;
        float[] x = {1, 0, 2, /* row 2 */ -1, 1, 1};
        float[] y = dense.forward(x, 0, 2, true);
        // row 1: [1+10, 2+12] + b; row 2: [-1+3+5, -2+4+6] + b
        assertThat(java.util.Arrays.copyOf(y, 4)).containsExactly(11.5f, 13f, 7.5f, 7f);
    }

    @Test
    void backwardGivesTheTransposedProducts() {
        Dense dense = new Dense(2, 2);
        System.arraycopy(new float[] {1, 2, 3, 4}, 0, dense.weight().data(), 0, 4);
        float[] x = {1, 2, 3, 4};
        dense.forward(x, 0, 2, true);
        float[] dy = {1, 0, 0, 1};
        float[] dx = dense.backward(dy, 2, true);
        // dW = Xᵀ·dY = [[1,3],[2,4]]·I; db = [1, 1]; dX = dY·Wᵀ = Wᵀ = [[1,3],[2,4]]
        assertThat(dense.parameters().get(0).gradient().data()).containsExactly(1, 3, 2, 4);
        assertThat(dense.parameters().get(1).gradient().data()).containsExactly(1, 1);
        assertThat(java.util.Arrays.copyOf(dx, 4)).containsExactly(1, 3, 2, 4);
    }

    @Test
    void gradientsOfWeightsBiasAndInputMatchFiniteDifferences() {
        SplitMix64 random = new SplitMix64(SEED);
        int rows = 4;
        int in = 5;
        int out = 3;
        Dense dense = new Dense(in, out).initialize(WeightInit.XAVIER_UNIFORM, random);
        float[] bias = GradientCheck.uniform(random, out, -0.5, 0.5);
        System.arraycopy(bias, 0, dense.bias().data(), 0, out);
        float[] x = GradientCheck.uniform(random, rows * in, -1, 1);
        float[] r = GradientCheck.uniform(random, rows * out, -1, 1);

        dense.forward(x, 0, rows, true);
        float[] dx = dense.backward(r, rows, true).clone();
        float[] dw = dense.parameters().get(0).gradient().data().clone();
        float[] db = dense.parameters().get(1).gradient().data().clone();

        GradientCheck.Objective f = () -> GradientCheck.weightedSum(dense.forward(x, 0, rows, true), r, rows * out);
        GradientCheck check = new GradientCheck(1e-2, 1e-3, 1e-4, SEED);
        check.check("weight", dense.weight().data(), dw, in * out, f);
        check.check("bias", dense.bias().data(), db, out, f);
        check.check("input", x, dx, rows * in, f);
    }

    @Test
    void aSmallerLastBatchUsesThePrefixOfTheBuffers() {
        SplitMix64 random = new SplitMix64(SEED);
        Dense big = new Dense(6, 4).initialize(WeightInit.HE_UNIFORM, random);
        float[] x = GradientCheck.uniform(random, 10 * 6, -1, 1);
        float[] dy = GradientCheck.uniform(random, 10 * 4, -1, 1);
        big.forward(x, 0, 10, true);
        big.backward(dy, 10, true);

        float[] yTwo = big.forward(x, 0, 2, true).clone();
        float[] dxTwo = big.backward(dy, 2, true).clone();
        float[] dwTwo = big.parameters().get(0).gradient().data().clone();

        Dense fresh = new Dense(6, 4);
        System.arraycopy(big.weight().data(), 0, fresh.weight().data(), 0, 24);
        float[] yFresh = fresh.forward(x, 0, 2, true);
        float[] dxFresh = fresh.backward(dy, 2, true);
        assertThat(java.util.Arrays.copyOf(yTwo, 8)).as("seed=%d", SEED).containsExactly(java.util.Arrays.copyOf(yFresh, 8));
        assertThat(java.util.Arrays.copyOf(dxTwo, 12)).as("seed=%d", SEED).containsExactly(java.util.Arrays.copyOf(dxFresh, 12));
        assertThat(dwTwo).as("seed=%d", SEED).containsExactly(fresh.parameters().get(0).gradient().data());
    }

    @Test
    void readsTheInputFromAnOffset() {
        SplitMix64 random = new SplitMix64(SEED);
        Dense dense = new Dense(3, 2, Gemms.best()).initialize(WeightInit.HE_NORMAL, random);
        float[] x = GradientCheck.uniform(random, 5 * 3, -1, 1);
        float[] fromOffset = dense.forward(x, 6, 3, false).clone();
        float[] copied = java.util.Arrays.copyOfRange(x, 6, 15);
        assertThat(java.util.Arrays.copyOf(fromOffset, 6)).containsExactly(java.util.Arrays.copyOf(dense.forward(copied, 0, 3, false), 6));
    }

    @Test
    void backwardWithoutInputGradientStillSetsParameterGradients() {
        Dense dense = new Dense(2, 1);
        dense.forward(new float[] {1, 2}, 0, 1, true);
        assertThat(dense.backward(new float[] {3}, 1, false)).isNull();
        assertThat(dense.parameters().get(0).gradient().data()).containsExactly(3, 6);
        assertThat(dense.parameters().get(1).gradient().data()).containsExactly(3);
    }

    @Test
    void backwardMustFollowAForwardOfTheSameRows() {
        Dense dense = new Dense(2, 1);
        dense.forward(new float[] {1, 2, 3, 4}, 0, 2, true);
        assertThatThrownBy(() -> dense.backward(new float[] {1}, 1, true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 rows").hasMessageContaining("2");
    }
}
