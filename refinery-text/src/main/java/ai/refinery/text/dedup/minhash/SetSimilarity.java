package ai.refinery.text.dedup.minhash;

/** Exact similarities of two shingle sets given as sorted, repeat-free {@code long[]} ({@link Shingles} output). */
public final class SetSimilarity {

    private SetSimilarity() {
    }

    /** {@code |x ∩ y|} by a merge of the two sorted arrays. */
    public static int intersectionSize(long[] x, long[] y) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < x.length && j < y.length) {
            long a = x[i];
            long b = y[j];
            if (a == b) {
                common++;
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /** {@code |x ∩ y| / |x ∪ y|}; 0 when either set is empty (an empty set is nobody's duplicate). */
    public static double jaccard(long[] x, long[] y) {
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        int common = intersectionSize(x, y);
        return (double) common / (x.length + y.length - common);
    }

    /** {@code |x ∩ y| / |x|}: how much of {@code x} lies in {@code y}; 0 for an empty {@code x}. */
    public static double containment(long[] x, long[] y) {
        if (x.length == 0) {
            return 0;
        }
        return (double) intersectionSize(x, y) / x.length;
    }
}
