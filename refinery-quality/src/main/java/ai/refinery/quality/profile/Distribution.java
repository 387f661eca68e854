package ai.refinery.quality.profile;

/**
 * Where a column's quantiles and histogram come from: its exact value counts while it has few
 * distinct values, else its KLL sketch.
 */
interface Distribution {
    /** The smallest value whose normalized rank (share of values at or below it) is at least q. */
    double quantile(double q);

    /** For each split point (strictly increasing), the share of values strictly below it. */
    double[] shareBelow(double[] splits);

    /** The normalized rank error of {@link #quantile}: 0 when exact. */
    double rankError();
}
