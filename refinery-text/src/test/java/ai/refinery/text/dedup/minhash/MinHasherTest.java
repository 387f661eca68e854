package ai.refinery.text.dedup.minhash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    private static final BigInteger P = BigInteger.valueOf(MinHasher.PRIME);

    @Test
    void permutationIsExactModularArithmetic() {
        SplittableRandom random = new SplittableRandom(3);
        long[] edge = {0, 1, 2, MinHasher.PRIME - 1, MinHasher.PRIME, -1L, Long.MIN_VALUE, 1L << 61};
        for (int i = 0; i < 200_000; i++) {
            long x = i < edge.length ? edge[i] : random.nextLong();
            long a = i % 3 == 0 ? MinHasher.PRIME - 1 : 1 + random.nextLong(MinHasher.PRIME - 1);
            long b = i % 5 == 0 ? MinHasher.PRIME - 1 : random.nextLong(MinHasher.PRIME);
            long expected = BigInteger.valueOf(a).multiply(BigInteger.valueOf(x & MinHasher.PRIME))
                    .add(BigInteger.valueOf(b)).mod(P).longValueExact();
            assertThat(MinHasher.permute(x, a, b)).as("x=%d a=%d b=%d", x, a, b).isEqualTo(expected);
        }
    }

    @Test
    void signatureIsTheMinimumOfEachPermutationAndDeterministic() {
        long[] shingles = Shingles.words(5).of(ShinglesTest.randomText(new SplittableRandom(5), 500));
        long[] s1 = new MinHasher(64, 42).signature(shingles);
        long[] s2 = new MinHasher(64, 42).signature(shingles);
        assertThat(s1).containsExactly(s2);
        assertThat(new MinHasher(64, 43).signature(shingles)).isNotEqualTo(s1);
        for (long v : s1) {
            assertThat(v).isBetween(0L, MinHasher.PRIME - 1);
        }
    }

    @Test
    void signatureIsFixedForASeedAcrossVersions() {
        // golden values: the permutations are a documented function of the seed (SplitMix64)
        long[] sig = new MinHasher(4, 1).signature(new long[] {1, 2, 3});
        long[] again = new MinHasher(4, 1).signature(new long[] {3, 2, 1, 2});
        assertThat(again).containsExactly(sig);
        assertThat(sig).containsExactly(720214689569712421L, 824033300442724645L, 220642645853291639L, 357666780421375853L);
        assertThat(Shingles.words(2).of("Hello big World")).containsExactly(-8252412612196205912L, 7014892872384465671L);
    }

    @Test
    void emptySetGivesTheEmptyMarker() {
        long[] sig = new MinHasher(8, 1).signature(new long[0]);
        assertThat(sig).containsOnly(MinHasher.EMPTY);
        assertThat(MinHasher.estimatedJaccard(sig, sig)).isZero();
    }

    @Test
    void estimateIsCloseToTheTrueJaccard() {
        long seed = 99;
        MinHasher hasher = new MinHasher(256, seed);
        SplittableRandom random = new SplittableRandom(seed);
        for (double target : new double[] {0.2, 0.5, 0.8, 0.95}) {
            // x = 0..999, y shares round(target·2000/(1+target)) of them, rest new
            int common = (int) Math.round(target * 2000 / (1 + target));
            long[] x = new long[1000];
            long[] y = new long[1000];
            for (int i = 0; i < 1000; i++) {
                x[i] = Mix.mix64(i);
                y[i] = i < common ? x[i] : Mix.mix64(1_000_000 + i + random.nextInt(1));
            }
            long[] xs = Shingles.sortedDistinct(x, 1000);
            long[] ys = Shingles.sortedDistinct(y, 1000);
            double exact = SetSimilarity.jaccard(xs, ys);
            double estimate = MinHasher.estimatedJaccard(hasher.signature(xs), hasher.signature(ys));
            // 4 standard errors of a 256-permutation estimate
            assertThat(estimate).as("seed %d exact %.3f", seed, exact)
                    .isCloseTo(exact, org.assertj.core.data.Offset.offset(4 * Math.sqrt(exact * (1 - exact) / 256) + 0.01));
        }
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> new MinHasher(0, 1)).hasMessageContaining("1..4096, got 0");
        assertThatThrownBy(() -> new MinHasher(8, 1).signature(new long[] {1}, 1, new long[4]))
                .hasMessageContaining("holds 4 values, need 8");
    }
}
