package ai.refinery.quality.profile;

/**
 * A sum of doubles with Neumaier's compensation (the improved Kahan–Babuška algorithm), so that the
 * total barely depends on the order and grouping in which partial sums are added.
 */
final class CompensatedSum {
    private double sum;
    private double compensation;

    void add(double x) {
        double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            compensation += (sum - t) + x;
        } else {
            compensation += (x - t) + sum;
        }
        sum = t;
    }

    void absorb(CompensatedSum other) {
        add(other.sum);
        add(other.compensation);
    }

    double value() {
        return sum + compensation;
    }
}
