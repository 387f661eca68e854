package ai.refinery.learn.labels;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Finds label issues with confident learning (section 3.2 of Northcutt, Jiang and Chuang, JAIR
 * 2021): estimates the joint Q of given and true labels with {@link ConfidentJoint}, then prunes
 * with a {@link PruneMethod} and ranks the flagged examples by a {@link LabelQualityScore}.
 *
 * <p>Like cleanlab (its {@code min_examples_per_class = 1}), the count-based methods never flag
 * every example given a class: at most n_i − 1 of the n_i examples given label i are flagged, the
 * largest off-diagonal counts being reduced first when they would exceed that.
 */
public final class LabelIssueFinder {
    private final PruneMethod method;
    private final LabelQualityScore score;

    /** A finder with the given pruning method and ranking score. */
    public LabelIssueFinder(PruneMethod method, LabelQualityScore score) {
        if (method == null || score == null) {
            throw new IllegalArgumentException("prune method and score must not be null");
        }
        this.method = method;
        this.score = score;
    }

    /** The defaults of the paper and cleanlab: prune by noise rate, rank by self-confidence. */
    public static LabelIssueFinder defaults() {
        return new LabelIssueFinder(PruneMethod.PRUNE_BY_NOISE_RATE, LabelQualityScore.SELF_CONFIDENCE);
    }

    /** Flags and ranks the label issues of {@code data}. */
    public LabelIssues find(LabelledPredictions data) {
        return find(data, ConfidentJoint.of(data));
    }

    /** As {@link #find(LabelledPredictions)}, reusing an already computed joint of {@code data}. */
    public LabelIssues find(LabelledPredictions data, ConfidentJoint joint) {
        if (joint.size() != data.size() || joint.classes() != data.classes()) {
            throw new IllegalArgumentException("the confident joint was computed on other data");
        }
        boolean[] mask = switch (method) {
            case PRUNE_BY_NOISE_RATE -> byNoiseRate(data, joint);
            case PRUNE_BY_CLASS -> byClass(data, joint);
            case BOTH -> and(byNoiseRate(data, joint), byClass(data, joint));
            case CONFIDENT_LEARNING -> offDiagonal(data, joint);
        };
        double[] scores = score.scores(data);
        int[] ranking = IntStream.range(0, mask.length).filter(x -> mask[x]).boxed()
            .sorted(Comparator.comparingDouble((Integer x) -> scores[x]))
            .mapToInt(Integer::intValue).toArray();
        return new LabelIssues(mask, ranking, method, score);
    }

    /** For each off-diagonal (i, j): the n·Q[i][j] examples given i with the largest p̂[j] − p̂[i]. */
    private static boolean[] byNoiseRate(LabelledPredictions data, ConfidentJoint joint) {
        int[][] prune = keepOnePerClass(joint.pruneCounts(), joint.labelCounts());
        int[][] members = membersByLabel(data);
        boolean[] mask = new boolean[data.size()];
        for (int i = 0; i < data.classes(); i++) {
            for (int j = 0; j < data.classes(); j++) {
                if (j == i || prune[i][j] == 0) {
                    continue;
                }
                int given = i;
                int other = j;
                // largest margin first; the flags of different j may overlap, as in the paper
                flagFirst(members[i], prune[i][j], x -> data.prob(x, given) - data.prob(x, other), mask);
            }
        }
        return mask;
    }

    /** For each class i: the n_i − n·Q[i][i] examples given i with the lowest p̂[i]. */
    private static boolean[] byClass(LabelledPredictions data, ConfidentJoint joint) {
        int[][] prune = keepOnePerClass(joint.pruneCounts(), joint.labelCounts());
        int[] counts = joint.labelCounts();
        int[][] members = membersByLabel(data);
        boolean[] mask = new boolean[data.size()];
        for (int i = 0; i < data.classes(); i++) {
            int given = i;
            flagFirst(members[i], counts[i] - prune[i][i], x -> data.prob(x, given), mask);
        }
        return mask;
    }

    private static boolean[] offDiagonal(LabelledPredictions data, ConfidentJoint joint) {
        boolean[] mask = new boolean[data.size()];
        for (int x = 0; x < mask.length; x++) {
            mask[x] = joint.guess(x) >= 0 && joint.guess(x) != data.label(x);
        }
        return mask;
    }

    private static boolean[] and(boolean[] a, boolean[] b) {
        boolean[] out = new boolean[a.length];
        for (int x = 0; x < a.length; x++) {
            out[x] = a[x] && b[x];
        }
        return out;
    }

    /** Flags the {@code count} members with the smallest key (ties: lower index first). */
    private static void flagFirst(int[] members, int count, java.util.function.IntToDoubleFunction key,
                                  boolean[] mask) {
        if (count <= 0) {
            return;
        }
        Integer[] order = Arrays.stream(members).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer x) -> key.applyAsDouble(x)));
        for (int r = 0; r < Math.min(count, order.length); r++) {
            mask[order[r]] = true;
        }
    }

    private static int[][] membersByLabel(LabelledPredictions data) {
        int[] counts = data.labelCounts();
        int[][] members = new int[data.classes()][];
        for (int i = 0; i < members.length; i++) {
            members[i] = new int[counts[i]];
        }
        int[] fill = new int[data.classes()];
        for (int x = 0; x < data.size(); x++) {
            int label = data.label(x);
            members[label][fill[label]++] = x;
        }
        return members;
    }

    /**
     * Moves units from the largest off-diagonal counts of a row to its diagonal until at least one
     * example given that class stays unflagged.
     */
    static int[][] keepOnePerClass(int[][] prune, int[] labelCounts) {
        for (int i = 0; i < prune.length; i++) {
            while (labelCounts[i] > 0 && prune[i][i] < 1) {
                int largest = -1;
                for (int j = 0; j < prune.length; j++) {
                    if (j != i && (largest < 0 || prune[i][j] > prune[i][largest])) {
                        largest = j;
                    }
                }
                prune[i][largest]--;
                prune[i][i]++;
            }
        }
        return prune;
    }
}
