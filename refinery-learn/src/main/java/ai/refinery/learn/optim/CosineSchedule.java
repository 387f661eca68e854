package ai.refinery.learn.optim;

/**
 * Cosine annealing from {@code base} to {@code minimum} over {@code epochs}:
 * {@code min + (base − min)·(1 + cos(π·epoch/epochs))/2} (Loshchilov and Hutter, "SGDR: Stochastic
 * Gradient Descent with Warm Restarts", ICLR 2017, eq. 5, one cycle without restarts).
 */
public record CosineSchedule(double base, double minimum, double epochs) implements LearningRateSchedule {
    public CosineSchedule {
        Checks.positive("learning_rate", base);
        Checks.nonNegative("min_learning_rate", minimum);
        if (minimum > base) throw new IllegalArgumentException("min_learning_rate " + minimum + " exceeds the learning rate " + base);
        Checks.positive("epochs", epochs);
    }

    @Override
    public double rate(double epoch) {
        double t = Math.min(Math.max(epoch, 0), epochs);
        return minimum + (base - minimum) * (1 + StrictMath.cos(Math.PI * t / epochs)) / 2;
    }
}
