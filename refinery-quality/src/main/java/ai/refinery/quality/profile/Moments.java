package ai.refinery.quality.profile;

/**
 * Count, mean and sum of squared deviations (M2) of a stream of numbers, mergeable with the
 * pairwise update of Chan, Golub and LeVeque ("Updating formulae and a pairwise algorithm for
 * computing sample variances", 1979): blocks are summarised with two passes and combined, which
 * stays accurate where the textbook sum-of-squares formula cancels catastrophically.
 */
final class Moments {
    long n;
    double mean;
    double m2;

    /** Adds a block of {@code length} values from {@code values}; returns their sum. */
    double addBlock(double[] values, int length) {
        if (length == 0) return 0;
        // four partial sums: consecutive additions do not wait on each other
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 4 <= length; i += 4) {
            s0 += values[i];
            s1 += values[i + 1];
            s2 += values[i + 2];
            s3 += values[i + 3];
        }
        for (; i < length; i++) s0 += values[i];
        double sum = s0 + s1 + s2 + s3;
        double blockMean = sum / length;
        s0 = 0;
        s1 = 0;
        s2 = 0;
        s3 = 0;
        for (i = 0; i + 4 <= length; i += 4) {
            double d0 = values[i] - blockMean;
            double d1 = values[i + 1] - blockMean;
            double d2 = values[i + 2] - blockMean;
            double d3 = values[i + 3] - blockMean;
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        for (; i < length; i++) {
            double d = values[i] - blockMean;
            s0 += d * d;
        }
        combine(length, blockMean, s0 + s1 + s2 + s3);
        return sum;
    }

    void absorb(Moments other) {
        combine(other.n, other.mean, other.m2);
    }

    void combine(long nb, double meanB, double m2B) {
        if (nb == 0) return;
        if (n == 0) {
            n = nb;
            mean = meanB;
            m2 = m2B;
            return;
        }
        long total = n + nb;
        double delta = meanB - mean;
        mean += delta * ((double) nb / total);
        m2 += m2B + delta * delta * ((double) n * nb / total);
        n = total;
    }

    /** Population standard deviation (divides by n, as Deequ's StandardDeviation and Spark's stddev_pop). */
    double stddev() {
        return n == 0 ? Double.NaN : Math.sqrt(Math.max(0.0, m2) / n);
    }
}
