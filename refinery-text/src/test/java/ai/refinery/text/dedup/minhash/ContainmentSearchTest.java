package ai.refinery.text.dedup.minhash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ContainmentSearchTest {

    @Test
    void findsAShortExcerptInsideALongTextThatJaccardMisses() {
        long seed = 77;
        SplittableRandom random = new SplittableRandom(seed);
        String[] longWords = ShinglesTest.randomText(random, 3000).split(" ");
        String excerpt = String.join(" ", java.util.Arrays.copyOfRange(longWords, 1000, 1300))
                + " " + ShinglesTest.randomText(random, 100);  // 3/4 copied
        List<String> texts = List.of(String.join(" ", longWords), excerpt, ShinglesTest.randomText(random, 300), "");
        Shingles shingles = Shingles.words(3);
        MinHasher hasher = new MinHasher(256, seed);
        SignatureStore store = new SignatureStore(256);
        List<long[]> sets = new ArrayList<>();
        for (String t : texts) {
            long[] s = shingles.of(t);
            sets.add(s);
            store.add(hasher.signature(s));
        }
        int[] sizes = sets.stream().mapToInt(s -> s.length).toArray();
        assertThat(SetSimilarity.jaccard(sets.get(1), sets.get(0))).isLessThan(0.1);
        double exact = SetSimilarity.containment(sets.get(1), sets.get(0));
        assertThat(exact).isBetween(0.7, 0.8);
        for (Verification v : new Verification[] {Verification.ESTIMATED, Verification.EXACT, Verification.ESTIMATED_THEN_EXACT}) {
            List<ContainmentPair> pairs = new ContainmentSearch(ContainmentSearch.Settings.of(0.5).withVerification(v))
                    .find(store, sizes, sets::get, d -> true, d -> true);
            assertThat(pairs).as("seed %d %s", seed, v).extracting(ContainmentPair::contained, ContainmentPair::container)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 0));
            assertThat(pairs.get(0).estimatedContainment()).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.15));
        }
    }

    @Test
    void containmentFromJaccardAndSizes() {
        // A of 100 inside B of 400 with 50 common: J = 50/450, C = 0.5
        assertThat(ContainmentSearch.estimatedContainment(50 / 450.0, 100, 400)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(ContainmentSearch.estimatedContainment(1.0, 10, 10)).isEqualTo(1.0);
        assertThat(ContainmentSearch.estimatedContainment(0, 10, 10)).isZero();
    }
}
