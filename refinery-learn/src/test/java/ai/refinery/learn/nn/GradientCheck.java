package ai.refinery.learn.nn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares analytic gradients with central finite differences {@code (f(v+h) − f(v−h)) / (v⁺ − v⁻)},
 * where v⁺ and v⁻ are the perturbed values as actually stored in float, and f is evaluated in
 * double on top of the float forward pass. Tolerances are relative, suited to float arithmetic.
 */
public final class GradientCheck {
    /** Recomputes the objective after a value was perturbed. */
    @FunctionalInterface
    public interface Objective {
        double value();
    }

    private final double step;
    private final double relativeTolerance;
    private final double absoluteTolerance;
    private final long seed;

    public GradientCheck(double step, double relativeTolerance, double absoluteTolerance, long seed) {
        this.step = step;
        this.relativeTolerance = relativeTolerance;
        this.absoluteTolerance = absoluteTolerance;
        this.seed = seed;
    }

    /** Checks {@code analytic[i]} against the numerical derivative of {@code f} in {@code values[i]}, for every i. */
    public void check(String what, float[] values, float[] analytic, int count, Objective f) {
        for (int i = 0; i < count; i++) {
            float saved = values[i];
            float plus = (float) (saved + step);
            float minus = (float) (saved - step);
            values[i] = plus;
            double up = f.value();
            values[i] = minus;
            double down = f.value();
            values[i] = saved;
            double numeric = (up - down) / ((double) plus - minus);
            double tolerance = absoluteTolerance + relativeTolerance * Math.max(Math.abs(numeric), Math.abs(analytic[i]));
            assertThat((double) analytic[i])
                    .as("d/d %s[%d]: analytic %s vs numeric %s (seed=%d)", what, i, analytic[i], numeric, seed)
                    .isCloseTo(numeric, org.assertj.core.data.Offset.offset(tolerance));
        }
    }

    /** Σ r·y in double: an objective whose gradient with respect to y is r. */
    public static double weightedSum(float[] y, float[] r, int count) {
        double s = 0;
        for (int i = 0; i < count; i++) s += (double) y[i] * r[i];
        return s;
    }

    public static float[] uniform(SplitMix64 random, int n, double low, double high) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) out[i] = (float) (low + (high - low) * random.nextDouble());
        return out;
    }
}
