package ai.refinery.learn.labels;

import java.util.Locale;

/**
 * How {@link LabelIssueFinder} picks label issues from the estimated joint Q (section 3.2 of
 * Northcutt, Jiang and Chuang, JAIR 2021; names as in cleanlab's {@code filter_by}).
 */
public enum PruneMethod {
    /**
     * "Prune by noise rate" (C_{+NR}), the default: for every off-diagonal (i, j), flag the n·Q[i][j]
     * examples given label i with the largest margin p̂[j] − p̂[i].
     */
    PRUNE_BY_NOISE_RATE,
    /**
     * "Prune by class" (C_{+PBC}): for every class i, flag the n_i − n·Q[i][i] examples given label
     * i with the lowest self-confidence p̂[i].
     */
    PRUNE_BY_CLASS,
    /** "Both" (C_{+B}): flagged by both of the above. */
    BOTH,
    /**
     * The paper's C_{ỹ,y*} method: every example counted off the diagonal of the confident joint C
     * (its confident class differs from its given label); no calibration, no counts.
     */
    CONFIDENT_LEARNING;

    /** The lower_snake_case name, e.g. {@code prune_by_noise_rate}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The method named {@code id} (lower_snake_case). */
    public static PruneMethod fromId(String id) {
        for (PruneMethod m : values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown prune method '" + id
            + "'; expected one of prune_by_noise_rate, prune_by_class, both, confident_learning");
    }
}
