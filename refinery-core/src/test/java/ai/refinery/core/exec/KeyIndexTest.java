package ai.refinery.core.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyIndexTest {
    private static final long SEED = Long.getLong("refinery.test.seed", System.nanoTime());

    private record Pair(long high, long low) {}

    @Test
    void addAndContainsAgreeWithAHashSetOverAMillionRandomKeys() {
        Random rnd = new Random(SEED);
        KeyIndex index = new KeyIndex(false);
        Set<Pair> expected = new HashSet<>();
        long[] highs = new long[1_000_000];
        long[] lows = new long[highs.length];
        for (int i = 0; i < highs.length; i++) {
            // a share of repeats, so that add() must also say "already present"
            if (i > 0 && rnd.nextInt(10) == 0) {
                int j = rnd.nextInt(i);
                highs[i] = highs[j];
                lows[i] = lows[j];
            } else {
                highs[i] = rnd.nextLong();
                lows[i] = rnd.nextLong();
            }
            boolean added = index.add(highs[i], lows[i]);
            boolean fresh = expected.add(new Pair(highs[i], lows[i]));
            if (added != fresh) {
                assertThat(added).as("add #%d (%x, %x), seed=%d", i, highs[i], lows[i], SEED).isEqualTo(fresh);
            }
        }
        assertThat(index.size()).as("seed=%d", SEED).isEqualTo(expected.size());
        for (int i = 0; i < highs.length; i++) {
            if (!index.contains(highs[i], lows[i])) {
                assertThat(false).as("key #%d (%x, %x) lost, seed=%d", i, highs[i], lows[i], SEED).isTrue();
            }
        }
        Random probe = new Random(SEED ^ 0x5DEECE66DL);
        for (int i = 0; i < 200_000; i++) {
            long h = probe.nextLong();
            long l = probe.nextLong();
            boolean in = expected.contains(new Pair(h, l));
            if (index.contains(h, l) != in) {
                assertThat(index.contains(h, l)).as("probe (%x, %x), seed=%d", h, l, SEED).isEqualTo(in);
            }
        }
    }

    @Test
    void anEmptyIndexContainsNothing() {
        KeyIndex index = new KeyIndex(false);
        assertThat(index.size()).isZero();
        assertThat(index.contains(0, 0)).isFalse();
        assertThat(index.contains(-1, -1)).isFalse();
    }

    @Test
    void zeroAndExtremeKeysAreOrdinaryKeys() {
        KeyIndex index = new KeyIndex(false);
        long[] values = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE};
        for (long h : values) for (long l : values) assertThat(index.add(h, l)).as("%x %x", h, l).isTrue();
        for (long h : values) for (long l : values) {
            assertThat(index.contains(h, l)).as("%x %x", h, l).isTrue();
            assertThat(index.add(h, l)).as("%x %x again", h, l).isFalse();
        }
        assertThat(index.size()).isEqualTo(values.length * values.length);
    }

    @Test
    void growthKeepsEveryKeyAcrossManyResizes() {
        KeyIndex index = new KeyIndex(false);
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            assertThat(index.add(i, ~i)).isTrue();
            if (Integer.bitCount(i + 1) == 1) {
                // just after each power of two, everything so far is still there
                for (int j = 0; j <= i; j++) {
                    if (!index.contains(j, ~j)) assertThat(index.contains(j, ~j)).as("key %d after %d adds", j, i + 1).isTrue();
                }
            }
        }
        assertThat(index.size()).isEqualTo(n);
        assertThat(index.contains(n, ~n)).isFalse();
    }

    @Test
    void keysDifferingOnlyInTheLowHalfAreDistinct() {
        KeyIndex index = new KeyIndex(false);
        long high = 0x0123456789ABCDEFL;
        for (int bit = 0; bit < 64; bit++) assertThat(index.add(high, 1L << bit)).isTrue();
        for (int i = 0; i < 100_000; i++) {
            long low = (long) i << 20;
            boolean singleBitAddedAbove = Long.bitCount(low) == 1;
            assertThat(index.add(high, low)).as("low %x", low).isEqualTo(!singleBitAddedAbove);
        }
        assertThat(index.size()).isEqualTo(64 + 100_000 - 17);
        assertThat(index.contains(high, 0)).isTrue();
        assertThat(index.contains(high + 1, 0)).isFalse();
        assertThat(index.contains(high, 3)).isFalse();
    }

    @Test
    void keysDifferingOnlyInTheHighHalfAreDistinct() {
        KeyIndex index = new KeyIndex(false);
        long low = 42;
        for (int i = 0; i < 100_000; i++) assertThat(index.add((long) i << 40, low)).isTrue();
        for (int bit = 0; bit < 64; bit++) {
            long h = 1L << bit;
            assertThat(index.contains(h, low)).as("bit %d", bit).isEqualTo(bit >= 40 && bit < 57);
        }
        assertThat(index.contains(0, low)).isTrue();
        assertThat(index.contains(0, low + 1)).isFalse();
        assertThat(index.size()).isEqualTo(100_000);
    }

    @Test
    void swappedHalvesAreADifferentKey() {
        KeyIndex index = new KeyIndex(false);
        assertThat(index.add(1, 2)).isTrue();
        assertThat(index.contains(2, 1)).isFalse();
        assertThat(index.add(2, 1)).isTrue();
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void signaturesAreFiledUnderTheirKeyInOrder() {
        KeyIndex index = new KeyIndex(true);
        assertThat(index.signaturesUnder(1, 2)).isEmpty();
        index.file(1, 2, "first");
        index.file(1, 2, "second");
        index.file(2, 1, "other");
        index.file(1, 3, List.of("x"));
        assertThat(index.signaturesUnder(1, 2)).containsExactly("first", "second");
        assertThat(index.signaturesUnder(2, 1)).containsExactly("other");
        assertThat(index.signaturesUnder(1, 3)).containsExactly(List.of("x"));
        assertThat(index.signaturesUnder(3, 1)).isEmpty();
        assertThat(index.size()).as("filing does not add keys").isZero();
    }

    @Test
    void signaturesOfManyRandomKeys() {
        Random rnd = new Random(SEED);
        KeyIndex index = new KeyIndex(true);
        long[][] keys = new long[5_000][2];
        for (int i = 0; i < keys.length; i++) {
            keys[i][0] = rnd.nextLong();
            keys[i][1] = rnd.nextInt(4); // many keys share a low half
            index.add(keys[i][0], keys[i][1]);
            index.file(keys[i][0], keys[i][1], i);
        }
        for (int i = 0; i < keys.length; i++) {
            assertThat(index.signaturesUnder(keys[i][0], keys[i][1])).as("key %d, seed=%d", i, SEED).contains(i);
        }
    }
}
