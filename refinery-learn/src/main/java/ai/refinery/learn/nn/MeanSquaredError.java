package ai.refinery.learn.nn;

/**
 * Mean squared error {@code Σ (o − t)² / n} over all n = rows × cols values, with gradient
 * {@code 2(o − t) / n}. As a {@link Loss} on class labels the target is the one-hot vector.
 */
public final class MeanSquaredError implements Loss {
    /** The loss of {@code outputs} against real-valued {@code targets}, both {@code count} values. */
    public static double evaluate(float[] outputs, float[] targets, int count, float[] gradient) {
        double total = 0;
        double scale = 2.0 / count;
        for (int i = 0; i < count; i++) {
            double d = (double) outputs[i] - targets[i];
            total += d * d;
            if (gradient != null) gradient[i] = (float) (scale * d);
        }
        return total / count;
    }

    @Override
    public double evaluate(float[] outputs, int[] labels, int rows, int classes, float[] gradient) {
        int count = rows * classes;
        double total = 0;
        double scale = 2.0 / count;
        for (int r = 0; r < rows; r++) {
            Labels.check(labels, r, classes);
            for (int j = 0; j < classes; j++) {
                int at = r * classes + j;
                double d = (double) outputs[at] - (j == labels[r] ? 1 : 0);
                total += d * d;
                if (gradient != null) gradient[at] = (float) (scale * d);
            }
        }
        return total / count;
    }

    @Override
    public String toString() {
        return "mean_squared_error";
    }
}
