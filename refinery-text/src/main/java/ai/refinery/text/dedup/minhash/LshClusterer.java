package ai.refinery.text.dedup.minhash;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Near-duplicate clusters of the documents of a {@link SignatureStore} by MinHash LSH.
 *
 * <p>Band by band, the (band key, document) pairs of all non-empty documents are sorted in two
 * primitive arrays ({@link KeyDocSort}, a radix sort) and runs of equal keys are the LSH buckets,
 * so memory is 12 bytes a document plus scratch, whatever the number of buckets. Members of a bucket
 * are candidate pairs; each is optionally {@link Verification verified}, and accepted pairs are
 * joined in a {@link UnionFind}. A cluster's id is its lowest document number, and one document per
 * cluster is kept by the {@link KeepRule}. Deterministic: the result depends only on the store, the
 * settings and the rule.
 */
public final class LshClusterer {

    private final ClusterSettings settings;

    public LshClusterer(ClusterSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public ClusterSettings settings() {
        return settings;
    }

    /** Clusters with a verification that needs no shingle sets ({@code NONE} or {@code ESTIMATED}). */
    public NearDuplicateClusters cluster(SignatureStore store, KeepRule keep) {
        return cluster(store, null, keep, null);
    }

    /**
     * Clusters the documents of {@code store}.
     *
     * @param shingleSets the sorted shingle set of a document ({@link Shingles} output), needed by the
     *                    exact verifications and otherwise used, when given, to report exact
     *                    Jaccard on the example pairs; may be null otherwise
     * @param listener    receives every verified candidate pair; may be null
     */
    public NearDuplicateClusters cluster(SignatureStore store, IntFunction<long[]> shingleSets, KeepRule keep,
                                         CandidatePair.Listener listener) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(keep, "keep");
        LshParameters lsh = settings.lsh();
        if (lsh.numPerm() > store.numPerm()) {
            throw new IllegalArgumentException("banding " + lsh + " reads " + lsh.numPerm()
                    + " signature values but the store holds " + store.numPerm());
        }
        if (settings.verification().needsShingles() && shingleSets == null) {
            throw new IllegalArgumentException("verification " + settings.verification() + " needs the shingle sets of the documents");
        }
        Run run = new Run(store, shingleSets, listener, false);
        run.joinBuckets();
        return NearDuplicateClusters.resolve(run.unionFind, keep, run.candidates, run.verified, run.joined,
                run.examples, lsh, settings.threshold());
    }

    /**
     * Verifies every candidate pair within the bucket window — also those that clustering would skip
     * because an earlier link already joined them — and reports each to {@code listener}; a pair
     * met in several bands is reported each time. This is the pairwise decision of LSH plus
     * verification, for evaluations against exact similarities; the clusters are its transitive
     * closure, which is returned.
     */
    public NearDuplicateClusters examineAllPairs(SignatureStore store, IntFunction<long[]> shingleSets,
                                                 CandidatePair.Listener listener) {
        Objects.requireNonNull(listener, "listener");
        if (settings.verification().needsShingles() && shingleSets == null) {
            throw new IllegalArgumentException("verification " + settings.verification() + " needs the shingle sets of the documents");
        }
        Run run = new Run(store, shingleSets, listener, true);
        run.joinBuckets();
        return NearDuplicateClusters.resolve(run.unionFind, KeepRule.first(), run.candidates, run.verified, run.joined,
                run.examples, settings.lsh(), settings.threshold());
    }

    /** The state of one clustering. */
    private final class Run {
        final SignatureStore store;
        final IntFunction<long[]> shingleSets;
        final CandidatePair.Listener listener;
        final UnionFind unionFind;
        final List<CandidatePair> examples = new ArrayList<>();
        final double prefilter;
        final boolean everyPair;
        long candidates;
        long verified;
        long joined;

        Run(SignatureStore store, IntFunction<long[]> shingleSets, CandidatePair.Listener listener, boolean everyPair) {
            this.store = store;
            this.everyPair = everyPair;
            this.shingleSets = shingleSets;
            this.listener = listener;
            this.unionFind = new UnionFind(store.size());
            double t = settings.threshold();
            // the estimate only screens for the exact check: keep pairs up to 3 standard errors below
            this.prefilter = t - 3 * Math.sqrt(t * (1 - t) / store.numPerm());
        }

        void joinBuckets() {
            int n = store.size();
            int m = 0;
            int[] nonEmpty = new int[n];
            for (int doc = 0; doc < n; doc++) {
                if (!store.isEmpty(doc)) {
                    nonEmpty[m++] = doc;
                }
            }
            long[] keys = new long[m];
            int[] docs = new int[m];
            KeyDocSort sorter = new KeyDocSort(m);
            int rows = settings.lsh().rows();
            for (int band = 0; band < settings.lsh().bands(); band++) {
                for (int i = 0; i < m; i++) {
                    keys[i] = store.bandKey(nonEmpty[i], band, rows);
                    docs[i] = nonEmpty[i];
                }
                sorter.sort(keys, docs, m);
                for (int start = 0; start < m; ) {
                    int end = start + 1;
                    while (end < m && keys[end] == keys[start]) {
                        end++;
                    }
                    if (end - start > 1) {
                        bucket(docs, start, end);
                    }
                    start = end;
                }
            }
        }

        /** {@code docs[start..end)}: one bucket, ascending document numbers (the sort is stable). */
        void bucket(int[] docs, int start, int end) {
            if (settings.verification() == Verification.NONE && !everyPair) {
                for (int i = start + 1; i < end; i++) {
                    candidates++;
                    if (unionFind.union(docs[start], docs[i])) {
                        joined++;
                        report(docs[start], docs[i], Double.NaN, Double.NaN, true);
                    }
                }
                return;
            }
            for (int i = start + 1; i < end; i++) {
                int doc = docs[i];
                for (int j = i - 1; j >= Math.max(start, i - settings.window()); j--) {
                    candidates++;
                    int other = docs[j];
                    if (everyPair || unionFind.find(doc) != unionFind.find(other)) {
                        verify(other, doc);
                    }
                }
            }
        }

        void verify(int first, int second) {
            verified++;
            double estimated = store.estimatedJaccard(first, second);
            double exact = Double.NaN;
            double t = settings.threshold();
            boolean accept;
            switch (settings.verification()) {
                case NONE:
                    accept = true;
                    break;
                case ESTIMATED:
                    accept = estimated >= t;
                    break;
                case EXACT:
                    exact = SetSimilarity.jaccard(shingleSets.apply(first), shingleSets.apply(second));
                    accept = exact >= t;
                    break;
                default: // ESTIMATED_THEN_EXACT
                    if (estimated >= prefilter) {
                        exact = SetSimilarity.jaccard(shingleSets.apply(first), shingleSets.apply(second));
                    }
                    accept = exact >= t;
            }
            if (accept) {
                unionFind.union(first, second);
                joined++;
            }
            report(first, second, estimated, exact, accept);
        }

        void report(int first, int second, double estimated, double exact, boolean accepted) {
            boolean example = accepted && examples.size() < settings.examplePairs();
            if (!example && listener == null) {
                return;
            }
            if (Double.isNaN(estimated)) {
                estimated = store.estimatedJaccard(first, second);
            }
            if (example && Double.isNaN(exact) && shingleSets != null) {
                exact = SetSimilarity.jaccard(shingleSets.apply(first), shingleSets.apply(second));
            }
            CandidatePair pair = new CandidatePair(first, second, estimated, exact, accepted);
            if (example) {
                examples.add(pair);
            }
            if (listener != null) {
                listener.examined(pair);
            }
        }
    }
}
