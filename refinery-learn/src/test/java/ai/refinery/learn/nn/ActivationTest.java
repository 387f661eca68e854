package ai.refinery.learn.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class ActivationTest {
    private static final long SEED = TestSeeds.seed();

    @Test
    void valuesAtKnownPoints() {
        float[] x = {-2, 0, 3};
        assertThat(java.util.Arrays.copyOf(new ReLU(3).forward(x, 0, 1, true), 3)).containsExactly(0, 0, 3);
        float[] s = new Sigmoid(3).forward(x, 0, 1, true);
        assertThat(s[0]).isCloseTo((float) (1 / (1 + Math.exp(2))), within(1e-7f));
        assertThat(s[1]).isEqualTo(0.5f);
        float[] t = new Tanh(3).forward(x, 0, 1, true);
        assertThat(t[2]).isCloseTo((float) Math.tanh(3), within(1e-7f));
    }

    @Test
    void sigmoidSaturatesWithoutOverflow() {
        float[] y = new Sigmoid(2).forward(new float[] {-1000, 1000}, 0, 1, true);
        assertThat(y[0]).isEqualTo(0f);
        assertThat(y[1]).isEqualTo(1f);
    }

    @Test
    void reluGradientMatchesFiniteDifferencesAwayFromTheKink() {
        // inputs at least 0.05 from 0 so that ±h never crosses the kink
        checkGradient(ReLU::new, true, 1e-3);
    }

    @Test
    void sigmoidGradientMatchesFiniteDifferences() {
        checkGradient(Sigmoid::new, false, 1e-2);
    }

    @Test
    void tanhGradientMatchesFiniteDifferences() {
        checkGradient(Tanh::new, false, 1e-2);
    }

    private static void checkGradient(IntFunction<Layer> make, boolean avoidZero, double step) {
        SplitMix64 random = new SplitMix64(SEED);
        int rows = 3;
        int width = 7;
        Layer layer = make.apply(width);
        float[] x = GradientCheck.uniform(random, rows * width, -2, 2);
        if (avoidZero) {
            for (int i = 0; i < x.length; i++) if (Math.abs(x[i]) < 0.05f) x[i] = x[i] < 0 ? x[i] - 0.05f : x[i] + 0.05f; // pushed away from 0, never across it
        }
        float[] r = GradientCheck.uniform(random, rows * width, -1, 1);
        layer.forward(x, 0, rows, true);
        float[] dx = layer.backward(r, rows, true).clone();
        new GradientCheck(step, 2e-3, 1e-4, SEED).check(layer.kind() + " input", x, dx, rows * width,
                () -> GradientCheck.weightedSum(layer.forward(x, 0, rows, true), r, rows * width));
    }
}
