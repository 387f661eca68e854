package ai.refinery.text.dedup.minhash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DedupTextTest {

    @Test
    void lowercasesFoldsDigitRunsAndTurnsPunctuationIntoSpaces() {
        assertThat(DedupText.normalize("Hello, World!  It's 2024-05-17.")).isEqualTo("hello world it s 0 0 0");
        assertThat(DedupText.normalize("Price: $1,299.99 (approx.)")).isEqualTo("price 0 0 0 approx");
        assertThat(DedupText.normalize("abc123def 4 5")).isEqualTo("abc0def 0 0");
    }

    @Test
    void collapsesWhitespaceAndStripsBothEnds() {
        assertThat(DedupText.normalize("  \t one \n\n two\u00A0\u2003three \r\n")).isEqualTo("one two three");
        assertThat(DedupText.normalize("")).isEmpty();
        assertThat(DedupText.normalize(null)).isEmpty();
        assertThat(DedupText.normalize(" \t\n ...!?")).isEmpty();
    }

    @Test
    void stripsDiacriticsPrecomposedOrCombining() {
        assertThat(DedupText.normalize("Café NAÏVE Ærøskøbing Ångström")).isEqualTo("cafe naive ærøskøbing angstrom");
        assertThat(DedupText.normalize("Cafe\u0301 n\u0303")).isEqualTo("cafe n");
        // İ lowercases to i + combining dot (dropped); ǅ to ǆ, which only a compatibility (NFKD) form would split
        assertThat(DedupText.normalize("İstanbul ǅemal")).isEqualTo("istanbul ǆemal");
        assertThat(DedupText.normalize("Ελληνικά Κείμενα")).isEqualTo("ελληνικα κειμενα");
    }

    @Test
    void nonLatinDigitsAndInvisibleCharacters() {
        assertThat(DedupText.normalize("٣٤ apples")).isEqualTo("0 apples");             // Arabic-Indic digits are \d
        assertThat(DedupText.normalize("soft\u00ADhyphen zero\u200Bwidth")).isEqualTo("softhyphen zerowidth");
        assertThat(DedupText.normalize("a\u0000b\u0007c")).isEqualTo("a b c");
    }

    @Test
    void surrogatePairsAreWholeCodePoints() {
        // Deseret capital letter long I (U+10400) lowercases to U+10428
        assertThat(DedupText.normalize("\uD801\uDC00bc")).isEqualTo("\uD801\uDC28bc");
        // an emoji (So) is a separator like punctuation
        assertThat(DedupText.normalize("good\uD83D\uDE00day")).isEqualTo("good day");
        // a lone surrogate is a separator, never half of a broken pair in the output
        assertThat(DedupText.normalize("a\uD800b c\uDC00")).isEqualTo("a b c");
        // CJK compatibility ideograph (U+2F800) decomposes canonically to U+4E3D
        assertThat(DedupText.normalize("\uD87E\uDC00")).isEqualTo("\u4E3D");
    }

    @Test
    void randomTextIsNormalizedIdempotentlyWithoutStraySpaces() {
        long seed = 20240517L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(5);
                if (pick == 0) {
                    text.append((char) random.nextInt(0x80));
                } else if (pick == 1) {
                    text.append((char) random.nextInt(0x10000));
                } else if (pick == 2) {
                    text.appendCodePoint(0x10000 + random.nextInt(0x20000));
                } else {
                    text.append(" ,.aé1".charAt(random.nextInt(6)));
                }
            }
            String once = DedupText.normalize(text);
            assertThat(once).as("seed %d round %d: %s", seed, round, text)
                    .doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ")
                    .isEqualTo(DedupText.normalize(once));
        }
    }

    @Test
    void bufferIsReusedAcrossCalls() {
        DedupText.Buffer buffer = new DedupText.Buffer();
        DedupText.normalize("A long first text, with words", buffer);
        DedupText.normalize("Short", buffer);
        assertThat(buffer.toString()).isEqualTo("short");
        assertThat(buffer.length()).isEqualTo(5);
    }
}
