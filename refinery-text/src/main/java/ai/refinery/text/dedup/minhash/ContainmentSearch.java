package ai.refinery.text.dedup.minhash;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Finds pairs (A, B) whose containment {@code C(A ⊆ B) = |A ∩ B| / |A|} reaches a threshold — a
 * short text largely copied from a longer one, which Jaccard misses because the union is dominated
 * by the longer text — in the manner of LSH Ensemble (Zhu, Nargesian, Pu and Miller, "LSH Ensemble:
 * Internet-Scale Domain Search", VLDB 2016).
 *
 * <p>Containment turns into Jaccard given the sizes: {@code J = C·|A| / (|A| + |B| − C·|A|)}, which
 * decreases in |B|. So the containers are split into size partitions of equal counts; for a query A
 * and a partition whose largest set has size u, every B of the partition with {@code C ≥ t} has
 * {@code J ≥ s* = t·|A| / (|A| + u − t·|A|)} (and a partition with {@code u < t·|A|} cannot hold one).
 * The banding for s* is chosen per query and partition with {@link LshParameters#optimal} (rows
 * capped at {@code maxRows}), which needs band keys for every row count: the index keeps, per
 * partition and per r in 1..maxRows, the sorted band keys of the {@code numPerm / r} bands of r
 * rows, looked up by binary search. Memory: about {@code 12 · numPerm · H(maxRows)} bytes a
 * container (H the harmonic number), so this is meant for up to some hundred thousand containers.
 *
 * <p>Candidates are then verified by the containment estimated from the signatures,
 * {@code C = J·(|A| + |B|) / ((1 + J)·|A|)}, and/or the exact containment of the shingle sets, as
 * {@link Verification} says ({@code ESTIMATED_THEN_EXACT} computes the exact containment of the
 * candidates whose estimate reaches half the threshold). The estimate's standard error grows as the sizes diverge (about
 * {@code sqrt(C(1 − C) / (k·|A| / |A ∪ B|))}), so for thresholds near 0.1–0.3 use a few hundred
 * permutations or more, or exact verification.
 */
public final class ContainmentSearch {

    /**
     * Settings.
     *
     * @param threshold    containment threshold t
     * @param partitions   size partitions of the containers (datasketch's default: 16)
     * @param maxRows      the largest band height indexed (datasketch's LSH Ensemble default: 8)
     * @param verification how a candidate is confirmed ({@code NONE} keeps every candidate)
     */
    public record Settings(double threshold, int partitions, int maxRows, Verification verification) {
        public Settings {
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("containment threshold must be in (0, 1], got " + threshold);
            }
            if (partitions < 1 || maxRows < 1) {
                throw new IllegalArgumentException("partitions and max_rows must be >= 1, got " + partitions + ", " + maxRows);
            }
            Objects.requireNonNull(verification, "verification");
        }

        /** Threshold t, 16 partitions, rows up to 8, estimated verification. */
        public static Settings of(double threshold) {
            return new Settings(threshold, 16, 8, Verification.ESTIMATED);
        }

        public Settings withVerification(Verification value) {
            return new Settings(threshold, partitions, maxRows, value);
        }
    }

    private static final double GRID = 0.005;

    private final Settings settings;
    private final Map<Integer, LshParameters> bandingByGridStep = new HashMap<>();

    public ContainmentSearch(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Every pair (A, B), A ≠ B, with A among {@code queries} and B among {@code containers}, whose
     * containment of A in B reaches the threshold, ordered by A then B.
     *
     * @param sizes       the shingle-set size of every document of the store
     * @param shingleSets the sorted shingle sets, needed for exact verification, else may be null
     */
    public List<ContainmentPair> find(SignatureStore store, int[] sizes, IntFunction<long[]> shingleSets,
                                      IntPredicate queries, IntPredicate containers) {
        Objects.requireNonNull(store, "store");
        if (sizes.length != store.size()) {
            throw new IllegalArgumentException(sizes.length + " sizes for " + store.size() + " documents");
        }
        if (settings.verification().needsShingles() && shingleSets == null) {
            throw new IllegalArgumentException("verification " + settings.verification() + " needs the shingle sets");
        }
        List<Partition> partitions = partition(store, sizes, containers);
        List<ContainmentPair> out = new ArrayList<>();
        boolean[] seen = new boolean[store.size()];
        List<Integer> found = new ArrayList<>();
        for (int q = 0; q < store.size(); q++) {
            if (store.isEmpty(q) || !queries.test(q)) {
                continue;
            }
            found.clear();
            double tq = settings.threshold() * sizes[q];
            for (Partition p : partitions) {
                if (p.upper < tq) {
                    continue;
                }
                double jaccard = tq / (sizes[q] + p.upper - tq);
                LshParameters lsh = banding(jaccard, store.numPerm());
                p.collect(store, q, lsh, seen, found);
            }
            found.sort(null);
            for (int b : found) {
                seen[b] = false;
                if (b != q) {
                    ContainmentPair pair = verify(store, sizes, shingleSets, q, b);
                    if (pair != null) {
                        out.add(pair);
                    }
                }
            }
        }
        return out;
    }

    private ContainmentPair verify(SignatureStore store, int[] sizes, IntFunction<long[]> shingleSets, int a, int b) {
        double estimated = estimatedContainment(store.estimatedJaccard(a, b), sizes[a], sizes[b]);
        double exact = Double.NaN;
        double t = settings.threshold();
        switch (settings.verification()) {
            case NONE:
                return new ContainmentPair(a, b, estimated, exact);
            case ESTIMATED:
                return estimated >= t ? new ContainmentPair(a, b, estimated, exact) : null;
            default:
                exact = SetSimilarity.containment(shingleSets.apply(a), shingleSets.apply(b));
                boolean screened = settings.verification() == Verification.EXACT || estimated >= t / 2;
                return screened && exact >= t ? new ContainmentPair(a, b, estimated, exact) : null;
        }
    }

    /** {@code C(A ⊆ B)} from the Jaccard similarity and the sizes: {@code J·(|A|+|B|) / ((1+J)·|A|)}, at most 1. */
    public static double estimatedContainment(double jaccard, int sizeA, int sizeB) {
        if (sizeA <= 0 || sizeB <= 0 || jaccard <= 0) {
            return 0;
        }
        return Math.min(1, jaccard * (sizeA + (double) sizeB) / ((1 + jaccard) * sizeA));
    }

    /** The banding for a Jaccard threshold, on a 0.005 grid rounded down (never fewer candidates). */
    private LshParameters banding(double jaccard, int numPerm) {
        int step = Math.max(1, (int) Math.floor(jaccard / GRID));
        return bandingByGridStep.computeIfAbsent(step, s -> LshParameters.optimal(
                Math.min(0.995, s * GRID), numPerm, 0.5, 0.5, Math.min(settings.maxRows(), numPerm)));
    }

    private List<Partition> partition(SignatureStore store, int[] sizes, IntPredicate containers) {
        int[] members = java.util.stream.IntStream.range(0, store.size())
                .filter(d -> !store.isEmpty(d) && containers.test(d))
                .boxed().sorted((x, y) -> sizes[x] != sizes[y] ? Integer.compare(sizes[x], sizes[y]) : Integer.compare(x, y))
                .mapToInt(Integer::intValue).toArray();
        List<Partition> out = new ArrayList<>();
        int count = Math.min(settings.partitions(), Math.max(1, members.length));
        for (int p = 0; p < count; p++) {
            int from = (int) ((long) members.length * p / count);
            int to = (int) ((long) members.length * (p + 1) / count);
            if (to > from) {
                out.add(new Partition(store, Arrays.copyOfRange(members, from, to), sizes[members[to - 1]],
                        Math.min(settings.maxRows(), store.numPerm())));
            }
        }
        return out;
    }

    /** The containers of one size range, with sorted band keys for every band height 1..maxRows. */
    private static final class Partition {
        final int upper;
        final long[][][] keys; // [rows - 1][band] sorted keys
        final int[][][] docs;

        Partition(SignatureStore store, int[] members, int upper, int maxRows) {
            this.upper = upper;
            int n = members.length;
            keys = new long[maxRows][][];
            docs = new int[maxRows][][];
            KeyDocSort sorter = new KeyDocSort(n);
            for (int r = 1; r <= maxRows; r++) {
                int bands = store.numPerm() / r;
                keys[r - 1] = new long[bands][];
                docs[r - 1] = new int[bands][];
                for (int band = 0; band < bands; band++) {
                    long[] k = new long[n];
                    int[] d = members.clone();
                    for (int i = 0; i < n; i++) {
                        k[i] = store.bandKey(d[i], band, r);
                    }
                    sorter.sort(k, d, n);
                    keys[r - 1][band] = k;
                    docs[r - 1][band] = d;
                }
            }
        }

        void collect(SignatureStore store, int query, LshParameters lsh, boolean[] seen, List<Integer> found) {
            int r = lsh.rows();
            for (int band = 0; band < lsh.bands(); band++) {
                long key = store.bandKey(query, band, r);
                long[] k = keys[r - 1][band];
                int[] d = docs[r - 1][band];
                for (int i = firstAtLeast(k, key); i < k.length && k[i] == key; i++) {
                    if (!seen[d[i]]) {
                        seen[d[i]] = true;
                        found.add(d[i]);
                    }
                }
            }
        }

        /** The first index whose key is not below {@code key} in unsigned order. */
        private static int firstAtLeast(long[] keys, long key) {
            int lo = 0;
            int hi = keys.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (Long.compareUnsigned(keys[mid], key) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
