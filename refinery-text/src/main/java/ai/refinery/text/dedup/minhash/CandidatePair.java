package ai.refinery.text.dedup.minhash;

/**
 * A candidate pair examined by {@link LshClusterer}, {@code first < second}.
 *
 * @param estimatedJaccard from the signatures
 * @param exactJaccard     from the shingle sets, {@code NaN} when they were not consulted
 * @param joined           whether the pair passed verification and was joined
 */
public record CandidatePair(int first, int second, double estimatedJaccard, double exactJaccard, boolean joined) {

    /** Receives every candidate pair that is verified (optional; for evaluations and reports). */
    @FunctionalInterface
    public interface Listener {
        void examined(CandidatePair pair);
    }
}
