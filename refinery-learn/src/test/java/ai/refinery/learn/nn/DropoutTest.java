package ai.refinery.learn.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DropoutTest {
    private static final long SEED = TestSeeds.seed();

    @Test
    void evaluationModeIsTheIdentity() {
        Dropout d = new Dropout(4, 0.5, SEED);
        float[] x = {1, 2, 3, 4};
        assertThat(Arrays.copyOf(d.forward(x, 0, 1, false), 4)).containsExactly(x);
        assertThat(Arrays.copyOf(d.backward(new float[] {1, 1, 1, 1}, 1, true), 4)).containsExactly(1, 1, 1, 1);
    }

    @Test
    void trainingZeroesTheRateAndScalesSurvivorsToKeepTheMean() {
        int width = 1000;
        int rows = 100;
        double rate = 0.3;
        Dropout d = new Dropout(width, rate, SEED);
        float[] x = new float[rows * width];
        Arrays.fill(x, 1f);
        float[] y = d.forward(x, 0, rows, true);
        long zeros = 0;
        double sum = 0;
        for (int i = 0; i < rows * width; i++) {
            if (y[i] == 0f) zeros++;
            else assertThat(y[i]).as("survivor scaled by 1/(1-rate), seed=%d", SEED).isEqualTo((float) (1 / (1 - rate)));
            sum += y[i];
        }
        // 100000 Bernoulli(0.3) draws: 5 standard deviations is ±0.0072
        assertThat((double) zeros / (rows * width)).as("seed=%d", SEED).isCloseTo(rate, within(0.0075));
        assertThat(sum / (rows * width)).as("seed=%d", SEED).isCloseTo(1.0, within(0.011));
    }

    @Test
    void backwardPassesGradientOnlyThroughSurvivorsWithTheSameScale() {
        Dropout d = new Dropout(50, 0.5, SEED);
        float[] x = GradientCheck.uniform(new SplitMix64(SEED), 100, 0.5, 1.5);
        float[] y = d.forward(x, 0, 2, true).clone();
        float[] ones = new float[100];
        Arrays.fill(ones, 1f);
        float[] dx = d.backward(ones, 2, true);
        for (int i = 0; i < 100; i++) {
            assertThat(dx[i]).as("seed=%d, i=%d", SEED, i).isCloseTo(y[i] / x[i], within(1e-6f));
        }
    }

    @Test
    void masksAreDeterministicForASeedAndResumeFromASavedState() {
        float[] x = new float[64];
        Arrays.fill(x, 1f);
        Dropout a = new Dropout(64, 0.5, SEED);
        Dropout b = new Dropout(64, 0.5, SEED);
        assertThat(a.forward(x, 0, 1, true)).containsExactly(b.forward(x, 0, 1, true));

        long state = a.randomState();
        float[] next = a.forward(x, 0, 1, true).clone();
        Dropout c = new Dropout(64, 0.5, SEED + 1);
        c.restoreRandomState(state);
        assertThat(c.forward(x, 0, 1, true)).as("seed=%d", SEED).containsExactly(next);
    }

    @Test
    void evaluationDrawsNoRandomNumbers() {
        Dropout d = new Dropout(8, 0.5, SEED);
        long before = d.randomState();
        d.forward(new float[8], 0, 1, false);
        assertThat(d.randomState()).isEqualTo(before);
    }

    @Test
    void rateMustBeBelowOne() {
        assertThatThrownBy(() -> new Dropout(4, 1.0, 1)).hasMessageContaining("[0, 1)").hasMessageContaining("1.0");
        assertThatThrownBy(() -> new Dropout(4, -0.1, 1)).hasMessageContaining("-0.1");
    }
}
