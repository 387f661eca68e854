package ai.refinery.text.dedup.minhash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Clusters of 2,260 noisy affiliation strings against the true duplicate pairs of
 * {@code affiliationstrings_mapping.csv}: pairwise precision, recall and F1 of the clusters for word
 * and char shingles. Short strings give few word 5-grams (most are one shingle of all their words),
 * so char n-grams are the better fit; the figures are reported, with a floor that guards regressions.
 */
class AffiliationNearDuplicateEvaluationTest {

    private static final Path DIR = Paths.get(System.getProperty("refinery.affiliations.dir", "/work/shared/datasets/neardup/affiliations"));
    private static final long SEED = 7;

    @Test
    void clustersAgainstTheTrueMapping() throws Exception {
        assumeTrue(Files.isRegularFile(DIR.resolve("affiliationstrings.csv")) && Files.isRegularFile(DIR.resolve("affiliationstrings_mapping.csv")),
                "affiliation corpus not found: expected " + DIR + "/affiliationstrings.csv and affiliationstrings_mapping.csv "
                        + "(set -Drefinery.affiliations.dir)");
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("affiliationstrings.csv"), StandardCharsets.UTF_8).subList(1, linesOf("affiliationstrings.csv"))) {
            int comma = line.indexOf("\",\"");
            ids.add(line.substring(1, comma));
            texts.add(line.substring(comma + 3, line.length() - 1));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        Set<Long> truth = new HashSet<>();
        for (String line : Files.readAllLines(DIR.resolve("affiliationstrings_mapping.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.replace("\"", "").split(",");
            Integer a = index.get(f[0].trim());
            Integer b = index.get(f[1].trim());
            if (a != null && b != null && !a.equals(b)) {
                truth.add(NearDuplicateEvaluation.key(a, b, texts.size()));
            }
        }
        double bestF1 = 0;
        for (Shingles shingles : List.of(Shingles.words(1), Shingles.words(2), Shingles.characters(3), Shingles.characters(4))) {
            for (double t : new double[] {0.5, 0.7}) {
                MinHasher hasher = new MinHasher(256, SEED);
                SignatureStore store = new SignatureStore(256);
                for (String text : texts) {
                    store.add(hasher.signature(shingles.of(text)));
                }
                ClusterSettings settings = ClusterSettings.of(t, 256).withLsh(LshParameters.optimal(t, 256, 0.1, 0.9));
                Set<Long> accepted = new HashSet<>();
                NearDuplicateClusters clusters = new LshClusterer(settings).examineAllPairs(store, null, p -> {
                    if (p.joined()) {
                        accepted.add(NearDuplicateEvaluation.key(p.first(), p.second(), texts.size()));
                    }
                });
                NearDuplicateEvaluation.Scores scores = NearDuplicateEvaluation.Scores.of(accepted, truth);
                NearDuplicateEvaluation.Scores clusterScores = NearDuplicateEvaluation.Scores.of(NearDuplicateEvaluation.clusterPairs(clusters), truth);
                System.out.printf("affiliations: %s %d-grams, threshold %.1f (%s)%n  pairs:    %s%n  clusters: %s%n",
                        shingles.isCharacterBased() ? "char" : "word", shingles.size(), t, settings.lsh(), scores, clusterScores);
                bestF1 = Math.max(bestF1, scores.f1());
            }
        }
        assertThat(bestF1).as("seed %d", SEED).isGreaterThan(0.3);
    }

    private static int linesOf(String file) throws java.io.IOException {
        return Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8).size();
    }
}
