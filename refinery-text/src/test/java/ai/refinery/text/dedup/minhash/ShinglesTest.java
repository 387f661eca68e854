package ai.refinery.text.dedup.minhash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShinglesTest {

    private final Shingles five = Shingles.words(5);

    @Test
    void oneShinglePerWindowOfWordsSortedWithoutRepeats() {
        long[] s = five.of("one two three four five six seven");
        assertThat(s).hasSize(3);
        assertThat(s).isSorted();
        // a repeated passage adds no new shingle
        assertThat(five.of("a b c d e a b c d e a b c d e")).hasSize(5);
    }

    @Test
    void normalizationDecidesEquality() {
        assertThat(five.of("The QUICK brown fox, jumps over 12 dogs."))
                .containsExactly(five.of("the quick brown fox jumps over 7 dogs"));
        assertThat(five.of("one two three four five")).isNotEqualTo(five.of("two one three four five"));
    }

    @Test
    void shortAndEmptyTextsAreExplicit() {
        assertThat(five.of("")).isEmpty();
        assertThat(five.of("  ,,, !! ")).isEmpty();
        assertThat(five.of("just three words")).hasSize(1);
        assertThat(five.of("just three words")).containsExactly(five.of("Just, three WORDS!"));
        assertThat(five.of("just three words")).isNotEqualTo(five.of("just three"));
    }

    @Test
    void characterShingles() {
        Shingles chars = Shingles.characters(3);
        assertThat(chars.of("abcd")).hasSize(2);
        assertThat(chars.of("ab")).hasSize(1);
        assertThat(chars.of("")).isEmpty();
        assertThat(chars.isCharacterBased()).isTrue();
        assertThat(chars.of("IBM Almaden")).containsExactly(chars.of("ibm almaden"));
    }

    @Test
    void rejectsSizesOutOfRange() {
        assertThatThrownBy(() -> Shingles.words(0)).hasMessageContaining("1..64 words, got 0");
        assertThatThrownBy(() -> Shingles.characters(65)).hasMessageContaining("characters, got 65");
    }

    @Test
    void hashesSpreadOverAllBits() {
        long[] s = five.of(randomText(new SplittableRandom(7), 20_000));
        int[] ones = new int[64];
        for (long h : s) {
            for (int b = 0; b < 64; b++) {
                ones[b] += (int) ((h >>> b) & 1);
            }
        }
        for (int b = 0; b < 64; b++) {
            assertThat(ones[b] / (double) s.length).as("bit %d", b).isBetween(0.45, 0.55);
        }
    }

    @Test
    void hugeDocumentTakesLinearTime() {
        SplittableRandom random = new SplittableRandom(11);
        String small = randomText(random, 200_000);
        String large = randomText(random, 1_600_000);   // 8 times the words, ~10 MB
        five.of(small);
        five.of(large);
        long t0 = System.nanoTime();
        long[] a = five.of(small);
        long t1 = System.nanoTime();
        long[] b = five.of(large);
        long t2 = System.nanoTime();
        assertThat(b.length).isGreaterThan(7 * a.length);
        // 8x the text; n log n sorting allows a bit more than 8x, a quadratic step would be 64x
        assertThat((double) (t2 - t1) / (t1 - t0)).isLessThan(30);
    }

    static String randomText(SplittableRandom random, int words) {
        StringBuilder text = new StringBuilder(words * 7);
        for (int i = 0; i < words; i++) {
            int len = 2 + random.nextInt(8);
            for (int c = 0; c < len; c++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(i % 17 == 16 ? ". " : " ");
        }
        return text.toString();
    }
}
