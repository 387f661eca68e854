package ai.refinery.vision.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HammingLshTest {

    /** Random hashes, a share of them near copies (0..maxFlips bits flipped) of earlier ones. */
    static long[] plantedHashes(SplittableRandom random, int n, int maxFlips, boolean skewed) {
        long[] hashes = new long[n];
        for (int i = 0; i < n; i++) {
            if (i > 0 && random.nextInt(3) == 0) {
                long h = hashes[random.nextInt(i)];
                int flips = random.nextInt(maxFlips + 1);
                for (int f = 0; f < flips; f++) {
                    h ^= 1L << random.nextInt(64);
                }
                hashes[i] = h;
            } else {
                // Skewed: mostly zero bits, so block values repeat a lot (large buckets).
                hashes[i] = skewed ? random.nextLong() & random.nextLong() & random.nextLong() : random.nextLong();
            }
        }
        return hashes;
    }

    private static long[] bruteForcePairs(long[] hashes, int d) {
        List<Long> pairs = new ArrayList<>();
        for (int i = 0; i < hashes.length; i++) {
            for (int j = i + 1; j < hashes.length; j++) {
                if (Long.bitCount(hashes[i] ^ hashes[j]) <= d) {
                    pairs.add((long) i * hashes.length + j);
                }
            }
        }
        return pairs.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    @Test
    void findsExactlyTheBruteForcePairsOnce() {
        long seed = new SplittableRandom().nextLong();
        SplittableRandom random = new SplittableRandom(seed);
        for (int d : new int[] {0, 1, 2, 3, 6, 10, 16, 31, 63}) {
            for (boolean skewed : new boolean[] {false, true}) {
                long[] hashes = plantedHashes(random, 1500, d + 3, skewed);
                long[] expected = bruteForcePairs(hashes, d);
                List<Long> found = new ArrayList<>();
                new HammingLsh(d).forEachNearPair(hashes, (i, j, distance) -> {
                    assertThat(i).as("seed %d", seed).isLessThan(j);
                    assertThat(distance).as("seed %d", seed).isEqualTo(Long.bitCount(hashes[i] ^ hashes[j]));
                    found.add((long) i * hashes.length + j);
                });
                long[] actual = found.stream().mapToLong(Long::longValue).sorted().toArray();
                // Sorted equality also proves no pair was reported twice.
                assertThat(actual).as("seed %d, d=%d, skewed=%s", seed, d, skewed).isEqualTo(expected);
                assertThat(expected.length).as("planted pairs exist, seed %d d=%d", seed, d).isPositive();
            }
        }
    }

    @Test
    void groupsAreTheBruteForceComponentsKeepingTheLowestIndex() {
        long seed = new SplittableRandom().nextLong();
        SplittableRandom random = new SplittableRandom(seed);
        for (int d : new int[] {0, 4, 10}) {
            long[] hashes = plantedHashes(random, 2000, d + 2, false);
            // Brute-force components by repeated relaxation of the minimum index.
            int[] expected = new int[hashes.length];
            for (int i = 0; i < hashes.length; i++) {
                expected[i] = i;
            }
            boolean changed = true;
            long[] pairs = bruteForcePairs(hashes, d);
            while (changed) {
                changed = false;
                for (long p : pairs) {
                    int i = (int) (p / hashes.length);
                    int j = (int) (p % hashes.length);
                    int m = Math.min(expected[i], expected[j]);
                    if (expected[i] != m || expected[j] != m) {
                        expected[i] = m;
                        expected[j] = m;
                        changed = true;
                    }
                }
            }
            HammingGroups groups = new HammingLsh(d).group(hashes, 5);
            int[] actual = new int[hashes.length];
            for (int i = 0; i < hashes.length; i++) {
                actual[i] = groups.keepIndexOf(i);
            }
            assertThat(actual).as("seed %d, d=%d", seed, d).isEqualTo(expected);

            int inGroups = 0;
            for (HammingGroups.Group g : groups.groups()) {
                assertThat(g.members()[0]).isEqualTo(g.keep());
                assertThat(g.members()).isSorted();
                assertThat(g.size()).isGreaterThanOrEqualTo(2);
                inGroups += g.size() - 1;
            }
            assertThat(groups.keptCount()).isEqualTo(hashes.length - inGroups);
            assertThat(groups.examplePairs()).hasSizeLessThanOrEqualTo(5).allSatisfy(pair -> {
                assertThat(pair.a()).isLessThan(pair.b());
                assertThat(pair.distance()).isEqualTo(Long.bitCount(hashes[pair.a()] ^ hashes[pair.b()]))
                        .isLessThanOrEqualTo(d);
            });
        }
    }

    @Test
    void exactDuplicatesAreCollapsedAndReported() {
        long[] hashes = {5L, 7L, 5L, -1L, 5L, 0x00FF00FF00FF00FFL, -1L};
        HammingGroups groups = new HammingLsh(0).group(hashes, 10);
        assertThat(groups.exactDuplicates()).isEqualTo(3);
        assertThat(groups.nearPairs()).isZero();
        assertThat(groups.groups()).hasSize(2);
        assertThat(groups.groups().get(0).keep()).isZero();
        assertThat(groups.groups().get(0).members()).containsExactly(0, 2, 4);
        assertThat(groups.groups().get(1).members()).containsExactly(3, 6);
        assertThat(groups.isKept(1)).isTrue();
        assertThat(groups.isKept(2)).isFalse();
        assertThat(groups.examplePairs()).contains(new HammingGroups.Pair(0, 2, 0), new HammingGroups.Pair(3, 6, 0));

        // 5 (101) and 7 (111) differ in one bit: linked at d = 1, into the 0/2/4 group.
        HammingGroups one = new HammingLsh(1).group(hashes, 10);
        assertThat(one.groups().get(0).members()).containsExactly(0, 1, 2, 4);
        assertThat(one.nearPairs()).isEqualTo(1);
        assertThat(one.examplePairs().get(0)).isEqualTo(new HammingGroups.Pair(0, 1, 1));
        assertThat(one.toString()).contains("groups=2", "exactDuplicates=3", "nearPairs=1");
    }

    @Test
    void emptyAndSingleInputsWork() {
        assertThat(new HammingLsh(10).group(new long[0], 3).groups()).isEmpty();
        HammingGroups single = new HammingLsh(10).group(new long[] {42L}, 3);
        assertThat(single.keptCount()).isOne();
        assertThat(single.groups()).isEmpty();
    }

    @Test
    void isDeterministic() {
        long seed = 20260511L;
        long[] hashes = plantedHashes(new SplittableRandom(seed), 5000, 12, false);
        HammingGroups a = new HammingLsh(10).group(hashes, 20);
        HammingGroups b = new HammingLsh(10).group(hashes.clone(), 20);
        assertThat(a.toString()).isEqualTo(b.toString());
        for (int i = 0; i < hashes.length; i++) {
            assertThat(a.keepIndexOf(i)).isEqualTo(b.keepIndexOf(i));
        }
    }

    @Test
    void refusesADistanceOutsideTheHash() {
        assertThatThrownBy(() -> new HammingLsh(-1)).hasMessageContaining("0..63, got -1");
        assertThatThrownBy(() -> new HammingLsh(64)).hasMessageContaining("0..63, got 64");
        assertThatThrownBy(() -> new HammingLsh(3).group(new long[1], -1)).hasMessageContaining("got -1");
    }

    @Test
    void radixOrderIsStableAndUnsigned() {
        long[] keys = {3L, -1L, 0L, 3L, Long.MIN_VALUE, 1L, 0L};
        assertThat(RadixIndexSort.order(keys, 64)).containsExactly(2, 6, 5, 0, 3, 4, 1);
        assertThat(Arrays.stream(RadixIndexSort.order(new long[] {2, 1, 2, 0}, 2)).toArray())
                .containsExactly(3, 1, 0, 2);
    }
}
