package ai.refinery.text.dedup.minhash;

/** How an LSH candidate pair is confirmed before its documents are joined. */
public enum Verification {
    /** Every candidate pair is joined (datatrove's behaviour: a shared band is enough). */
    NONE,
    /** Joined when the Jaccard estimated from the two signatures reaches the threshold. */
    ESTIMATED,
    /** Joined when the exact Jaccard of the two shingle sets (kept by the caller) reaches it. */
    EXACT,
    /** The estimate first (cheap), and the exact Jaccard for the pairs that pass it. */
    ESTIMATED_THEN_EXACT;

    /** Whether this mode needs the caller's shingle sets. */
    public boolean needsShingles() {
        return this == EXACT || this == ESTIMATED_THEN_EXACT;
    }
}
