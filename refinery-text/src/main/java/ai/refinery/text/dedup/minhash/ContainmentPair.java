package ai.refinery.text.dedup.minhash;

/**
 * Document {@code contained} lies largely inside document {@code container}: the containment
 * {@code |A ∩ B| / |A|} of the first's shingle set A in the second's B.
 *
 * @param estimatedContainment from the signatures and the set sizes
 * @param exactContainment     from the shingle sets, {@code NaN} when they were not consulted
 */
public record ContainmentPair(int contained, int container, double estimatedContainment, double exactContainment) {
}
