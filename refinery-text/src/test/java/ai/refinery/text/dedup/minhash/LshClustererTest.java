package ai.refinery.text.dedup.minhash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LshClustererTest {

    private static final long SEED = 1234;
    private final Shingles shingles = Shingles.words(5);
    private final MinHasher hasher = new MinHasher(112, SEED);

    /** Documents, their shingle sets and a store of their signatures. */
    private final class Corpus {
        final List<long[]> sets = new ArrayList<>();
        final SignatureStore store = new SignatureStore(112);

        Corpus add(String text) {
            long[] set = shingles.of(text);
            sets.add(set);
            store.add(hasher.signature(set));
            return this;
        }

        NearDuplicateClusters cluster(ClusterSettings settings, KeepRule keep) {
            return new LshClusterer(settings).cluster(store, sets::get, keep, null);
        }
    }

    /** {@code base} with every {@code every}-th word replaced. */
    private static String edit(String base, int every, String replacement) {
        String[] words = base.split(" ");
        for (int i = every / 2; i < words.length; i += every) {
            words[i] = replacement + i;
        }
        return String.join(" ", words);
    }

    @Test
    void identicalDocumentsClusterAndDisjointOnesDoNot() {
        SplittableRandom random = new SplittableRandom(SEED);
        String a = ShinglesTest.randomText(random, 300);
        String b = ShinglesTest.randomText(random, 300);
        Corpus corpus = new Corpus().add(a).add(b).add(a).add(a.toUpperCase());
        NearDuplicateClusters clusters = corpus.cluster(ClusterSettings.of(0.8, 112), KeepRule.first());
        assertThat(clusters.clusterId(0)).isZero();
        assertThat(clusters.clusterId(1)).isEqualTo(1);
        assertThat(clusters.clusterId(2)).isZero();
        assertThat(clusters.clusterId(3)).isZero();
        assertThat(clusters.clusterSize(0)).isEqualTo(3);
        assertThat(clusters.isKept(0)).isTrue();
        assertThat(clusters.isKept(1)).isTrue();
        assertThat(clusters.isKept(2)).isFalse();
        assertThat(clusters.droppedCount()).isEqualTo(2);
        assertThat(clusters.duplicateClusterCount()).isEqualTo(1);
        assertThat(clusters.sizeHistogram()).containsEntry(1, 1).containsEntry(3, 1);
        assertThat(clusters.examples()).isNotEmpty().allSatisfy(p -> assertThat(p.exactJaccard()).isEqualTo(1.0));
    }

    @Test
    void pairNearPointNineIsFoundAndPairNearPointFiveIsNot() {
        SplittableRandom random = new SplittableRandom(SEED);
        String base = ShinglesTest.randomText(random, 2000);
        String close = edit(base, 100, "zz");   // one word in 100: J about 0.9
        String far = edit(base, 15, "yy");      // one word in 15 kills 5 of 15 shingles: J about 0.5
        Corpus corpus = new Corpus().add(base).add(close).add(far);
        double closeJ = SetSimilarity.jaccard(corpus.sets.get(0), corpus.sets.get(1));
        double farJ = SetSimilarity.jaccard(corpus.sets.get(0), corpus.sets.get(2));
        assertThat(closeJ).isBetween(0.85, 0.95);
        assertThat(farJ).isBetween(0.4, 0.6);
        for (Verification v : Verification.values()) {
            NearDuplicateClusters clusters = corpus.cluster(ClusterSettings.of(0.8, 112).withVerification(v), KeepRule.first());
            assertThat(clusters.clusterId(1)).as("seed %d, %s, J %.3f", SEED, v, closeJ).isZero();
            assertThat(clusters.clusterId(2)).as("seed %d, %s, J %.3f", SEED, v, farJ).isEqualTo(2);
        }
    }

    @Test
    void keepRulesChooseFirstLongestOrHighestWithTiesToTheFirst() {
        SplittableRandom random = new SplittableRandom(SEED);
        String base = ShinglesTest.randomText(random, 400);
        Corpus corpus = new Corpus().add(base).add(base + " extra").add(base).add(base + " extra");
        ClusterSettings settings = ClusterSettings.of(0.8, 112);
        long[] lengths = {400, 406, 400, 406};
        double[] scores = {0.1, 0.3, 0.9, 0.9};
        NearDuplicateClusters first = corpus.cluster(settings, KeepRule.first());
        NearDuplicateClusters longest = corpus.cluster(settings, KeepRule.longest(d -> lengths[d]));
        NearDuplicateClusters highest = corpus.cluster(settings, KeepRule.highest(d -> scores[d]));
        assertThat(first.clusterSize(3)).isEqualTo(4);
        assertThat(keptOf(first)).containsExactly(0);
        assertThat(keptOf(longest)).containsExactly(1);
        assertThat(keptOf(highest)).containsExactly(2);
        assertThat(highest.keepRule()).isEqualTo("highest");
        double[] nan = {Double.NaN, 0.2, Double.NaN, 0.1};
        assertThat(keptOf(corpus.cluster(settings, KeepRule.highest(d -> nan[d])))).containsExactly(1);
    }

    private static List<Integer> keptOf(NearDuplicateClusters clusters) {
        List<Integer> kept = new ArrayList<>();
        for (int d = 0; d < clusters.size(); d++) {
            if (clusters.isKept(d)) {
                kept.add(d);
            }
        }
        return kept;
    }

    @Test
    void emptyAndShortDocuments() {
        Corpus corpus = new Corpus().add("").add("!!!").add("hello there").add("Hello, there!").add("hello").add("");
        NearDuplicateClusters clusters = corpus.cluster(ClusterSettings.of(0.8, 112), KeepRule.first());
        assertThat(clusters.clusterId(1)).isEqualTo(1);            // two empty texts are not duplicates
        assertThat(clusters.clusterId(5)).isEqualTo(5);
        assertThat(clusters.clusterId(3)).isEqualTo(2);            // same words: one shingle each, equal
        assertThat(clusters.clusterId(4)).isEqualTo(4);
        assertThat(new LshClusterer(ClusterSettings.of(0.8, 112)).cluster(new SignatureStore(112), KeepRule.first()).size()).isZero();
    }

    @Test
    void deterministicAcrossRunsAndIndependentOfThreadsOfSignatureComputation() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            texts.add(i > 0 && i % 3 == 0 ? edit(texts.get(i - 1), 40 + i % 20, "w") : ShinglesTest.randomText(random, 200));
        }
        int[][] runs = new int[2][];
        for (int run = 0; run < 2; run++) {
            Corpus corpus = new Corpus();
            texts.forEach(corpus::add);
            NearDuplicateClusters clusters = corpus.cluster(ClusterSettings.of(0.6, 112), KeepRule.first());
            runs[run] = new int[texts.size()];
            for (int d = 0; d < texts.size(); d++) {
                runs[run][d] = clusters.clusterId(d);
            }
            assertThat(clusters.duplicateClusterCount()).isBetween(90, 100);
        }
        assertThat(runs[1]).containsExactly(runs[0]);
    }

    @Test
    void datatroveBandingWithoutVerificationJoinsEveryBucket() {
        SplittableRandom random = new SplittableRandom(SEED);
        String base = ShinglesTest.randomText(random, 1000);
        Corpus corpus = new Corpus().add(base).add(edit(base, 200, "q")).add(ShinglesTest.randomText(random, 1000));
        ClusterSettings settings = new ClusterSettings(LshParameters.DATATROVE, 0.8, Verification.NONE, 64, 5);
        List<CandidatePair> seen = new ArrayList<>();
        NearDuplicateClusters clusters = new LshClusterer(settings).cluster(corpus.store, null, KeepRule.first(), seen::add);
        assertThat(clusters.lsh()).isEqualTo(LshParameters.DATATROVE);
        assertThat(clusters.clusterId(1)).isZero();
        assertThat(clusters.clusterId(2)).isEqualTo(2);
        assertThat(seen).extracting(CandidatePair::first, CandidatePair::second).containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1));
        assertThat(seen.get(0).estimatedJaccard()).isGreaterThan(0.9);
    }

    @Test
    void exactVerificationNeedsShingleSetsAndBandingMustFitTheStore() {
        SignatureStore store = new SignatureStore(64);
        assertThatThrownBy(() -> new LshClusterer(ClusterSettings.of(0.8, 64).withVerification(Verification.EXACT)).cluster(store, KeepRule.first()))
                .hasMessageContaining("needs the shingle sets");
        assertThatThrownBy(() -> new LshClusterer(ClusterSettings.of(0.8, 112).withLsh(LshParameters.DATATROVE)).cluster(store, KeepRule.first()))
                .hasMessageContaining("reads 112 signature values but the store holds 64");
    }

    @Test
    void unionFindJoinsBySizeWithPathHalving() {
        UnionFind sets = new UnionFind(10);
        assertThat(sets.union(1, 2)).isTrue();
        assertThat(sets.union(2, 1)).isFalse();
        sets.union(3, 4);
        sets.union(4, 5);
        sets.union(2, 5);
        assertThat(sets.find(1)).isEqualTo(sets.find(5));
        assertThat(sets.setSize(3)).isEqualTo(5);
        assertThat(sets.setSize(0)).isEqualTo(1);
        // a long chain stays correct
        UnionFind chain = new UnionFind(100_000);
        for (int i = 1; i < 100_000; i++) {
            chain.union(i - 1, i);
        }
        assertThat(chain.setSize(77)).isEqualTo(100_000);
    }

    @Test
    void radixSortOrdersKeysUnsignedAndStably() {
        SplittableRandom random = new SplittableRandom(SEED);
        int n = 50_000;
        long[] keys = new long[n];
        int[] docs = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = random.nextInt(4) == 0 ? random.nextLong(100) - 50 : random.nextLong();
            docs[i] = i;
        }
        long[] expected = keys.clone();
        new KeyDocSort(n).sort(keys, docs, n);
        for (int i = 1; i < n; i++) {
            int c = Long.compareUnsigned(keys[i - 1], keys[i]);
            assertThat(c).isLessThanOrEqualTo(0);
            if (c == 0) {
                assertThat(docs[i - 1]).isLessThan(docs[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            assertThat(expected[docs[i]]).isEqualTo(keys[i]);
        }
    }
}
