package ai.refinery.text.dedup.minhash;

import java.util.BitSet;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of {@link LshClusterer}: for every document (0..n-1, input order) its cluster id (the
 * lowest document number of its cluster; a document alone is its own cluster) and whether it is
 * kept, the cluster sizes, counts of the candidate pairs, and example joined pairs for a report.
 */
public final class NearDuplicateClusters {

    private final int[] clusterIds;
    private final int[] sizeById;
    private final BitSet kept;
    private final long candidatePairs;
    private final long verifiedPairs;
    private final long joinedPairs;
    private final List<CandidatePair> examples;
    private final LshParameters lsh;
    private final double threshold;
    private final String keepRule;

    private NearDuplicateClusters(int[] clusterIds, int[] sizeById, BitSet kept, long candidatePairs, long verifiedPairs,
                                  long joinedPairs, List<CandidatePair> examples, LshParameters lsh, double threshold,
                                  String keepRule) {
        this.clusterIds = clusterIds;
        this.sizeById = sizeById;
        this.kept = kept;
        this.candidatePairs = candidatePairs;
        this.verifiedPairs = verifiedPairs;
        this.joinedPairs = joinedPairs;
        this.examples = List.copyOf(examples);
        this.lsh = lsh;
        this.threshold = threshold;
        this.keepRule = keepRule;
    }

    /** Cluster ids, sizes and kept documents from the joined sets and the keep rule. */
    static NearDuplicateClusters resolve(UnionFind sets, KeepRule keep, long candidates, long verified, long joined,
                                         List<CandidatePair> examples, LshParameters lsh, double threshold) {
        int n = sets.size();
        int[] clusterIds = new int[n];
        int[] best = new int[n];   // by root: the document kept so far
        int[] idOfRoot = new int[n];
        java.util.Arrays.fill(idOfRoot, -1);
        int[] sizeById = new int[n];
        for (int doc = 0; doc < n; doc++) {
            int root = sets.find(doc);
            if (idOfRoot[root] < 0) {
                idOfRoot[root] = doc; // documents come in ascending order: the first is the lowest
                best[root] = doc;
            } else if (keep.prefers(doc, best[root])) {
                best[root] = doc;
            }
            clusterIds[doc] = idOfRoot[root];
            sizeById[idOfRoot[root]]++;
        }
        BitSet kept = new BitSet(n);
        for (int doc = 0; doc < n; doc++) {
            if (best[sets.find(doc)] == doc) {
                kept.set(doc);
            }
        }
        return new NearDuplicateClusters(clusterIds, sizeById, kept, candidates, verified, joined, examples, lsh,
                threshold, keep.name());
    }

    /** The number of documents. */
    public int size() {
        return clusterIds.length;
    }

    /** The cluster of {@code doc}: the lowest document number in it. */
    public int clusterId(int doc) {
        return clusterIds[doc];
    }

    /** Whether {@code doc} is the one its cluster keeps (every singleton is kept). */
    public boolean isKept(int doc) {
        return kept.get(doc);
    }

    /** The size of {@code doc}'s cluster (1 when it has no near duplicate). */
    public int clusterSize(int doc) {
        return sizeById[clusterIds[doc]];
    }

    /** The number of documents dropped as someone's near duplicate. */
    public int droppedCount() {
        return clusterIds.length - kept.cardinality();
    }

    /** The number of clusters of two documents or more. */
    public int duplicateClusterCount() {
        int count = 0;
        for (int id = 0; id < sizeById.length; id++) {
            if (sizeById[id] > 1) {
                count++;
            }
        }
        return count;
    }

    /** Cluster size → number of clusters of that size (singletons included). */
    public SortedMap<Integer, Integer> sizeHistogram() {
        SortedMap<Integer, Integer> histogram = new TreeMap<>();
        for (int size : sizeById) {
            if (size > 0) {
                histogram.merge(size, 1, Integer::sum);
            }
        }
        return histogram;
    }

    /** Pairs of documents met in a shared bucket (as compared, after the bucket window). */
    public long candidatePairs() {
        return candidatePairs;
    }

    /** Candidate pairs whose similarity was computed (pairs already in one cluster are skipped). */
    public long verifiedPairs() {
        return verifiedPairs;
    }

    /** Pairs accepted and joined. */
    public long joinedPairs() {
        return joinedPairs;
    }

    /** The first joined pairs, with estimated (and when known exact) Jaccard. */
    public List<CandidatePair> examples() {
        return examples;
    }

    public LshParameters lsh() {
        return lsh;
    }

    public double threshold() {
        return threshold;
    }

    /** The keep rule's name: first, longest or highest. */
    public String keepRule() {
        return keepRule;
    }

    @Override
    public String toString() {
        return String.format("%d documents, %d duplicate clusters, %d dropped (%s, threshold %.2f, keep %s); "
                        + "candidate pairs %d, verified %d, joined %d", size(), duplicateClusterCount(), droppedCount(),
                lsh, threshold, keepRule, candidatePairs, verifiedPairs, joinedPairs);
    }
}
