package ai.refinery.quality.profile;

/**
 * The co-moments of the rows where two columns both hold a number: count, means, sums of squared
 * deviations and the sum of cross products, merged with Chan et al.'s pairwise formulas (as
 * {@link Moments}, extended to the cross term: C = Ca + Cb + dx·dy·na·nb/n).
 */
final class CoMoments {
    long n;
    double meanX;
    double meanY;
    double m2x;
    double m2y;
    double cxy;

    void combine(long nb, double meanXb, double meanYb, double m2xb, double m2yb, double cxyb) {
        if (nb == 0) return;
        if (n == 0) {
            n = nb;
            meanX = meanXb;
            meanY = meanYb;
            m2x = m2xb;
            m2y = m2yb;
            cxy = cxyb;
            return;
        }
        long total = n + nb;
        double dx = meanXb - meanX;
        double dy = meanYb - meanY;
        double weight = (double) n * nb / total;
        meanX += dx * ((double) nb / total);
        meanY += dy * ((double) nb / total);
        m2x += m2xb + dx * dx * weight;
        m2y += m2yb + dy * dy * weight;
        cxy += cxyb + dx * dy * weight;
        n = total;
    }

    void absorb(CoMoments other) {
        combine(other.n, other.meanX, other.meanY, other.m2x, other.m2y, other.cxy);
    }

    /** The same moments with the roles of x and y exchanged. */
    CoMoments swapped() {
        CoMoments s = new CoMoments();
        s.combine(n, meanY, meanX, m2y, m2x, cxy);
        return s;
    }

    /** Pearson's r, or null when a column is constant over the shared rows (or there are fewer than two). */
    Double pearson() {
        if (n < 2 || m2x <= 0 || m2y <= 0) return null;
        double r = cxy / Math.sqrt(m2x * m2y);
        return Math.max(-1.0, Math.min(1.0, r));
    }
}
