package ai.refinery.learn.labels;

/**
 * The outcome of {@link LabelIssueFinder}: which examples are flagged, and the flagged ones ranked
 * from most to least likely mislabelled (ascending label quality score, ties by index).
 *
 * @param mask    {@code mask[x]} is true when example x is flagged; length n
 * @param ranking indices of the flagged examples, worst first
 * @param method  the pruning method used
 * @param score   the score used for the ranking
 */
public record LabelIssues(boolean[] mask, int[] ranking, PruneMethod method, LabelQualityScore score) {
    /** Number of flagged examples. */
    public int count() {
        return ranking.length;
    }
}
