package ai.refinery.text.dedup.minhash;

import java.util.Objects;

/**
 * Settings of {@link LshClusterer}.
 *
 * @param lsh          the banding of the signatures ({@link LshParameters#optimal} or explicit)
 * @param threshold    the Jaccard similarity a pair must reach when verified
 * @param verification how candidate pairs are confirmed
 * @param window       a document of an LSH bucket is compared with at most this many documents
 *                     before it in the bucket (it is joined with the first one it matches, and
 *                     documents already in its cluster cost nothing): bounds the work of huge
 *                     buckets (boilerplate) at the price of missing a link that only a farther
 *                     member would give; unused without verification, where a bucket is one cluster
 * @param examplePairs how many joined pairs to keep as examples for a report
 */
public record ClusterSettings(LshParameters lsh, double threshold, Verification verification, int window, int examplePairs) {

    /** Default bucket window. */
    public static final int DEFAULT_WINDOW = 64;

    public ClusterSettings {
        Objects.requireNonNull(lsh, "lsh");
        Objects.requireNonNull(verification, "verification");
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, got " + window);
        }
        if (examplePairs < 0) {
            throw new IllegalArgumentException("example_pairs must be >= 0, got " + examplePairs);
        }
    }

    /** Optimal banding for {@code threshold} and {@code numPerm}, estimated verification, default window, 10 examples. */
    public static ClusterSettings of(double threshold, int numPerm) {
        return new ClusterSettings(LshParameters.optimal(threshold, numPerm), threshold, Verification.ESTIMATED, DEFAULT_WINDOW, 10);
    }

    public ClusterSettings withLsh(LshParameters value) {
        return new ClusterSettings(value, threshold, verification, window, examplePairs);
    }

    public ClusterSettings withVerification(Verification value) {
        return new ClusterSettings(lsh, threshold, value, window, examplePairs);
    }

    public ClusterSettings withWindow(int value) {
        return new ClusterSettings(lsh, threshold, verification, value, examplePairs);
    }
}
