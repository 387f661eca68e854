package ai.refinery.text.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
    static List<String> texts(Tokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) out.add(t.text(i));
        return out;
    }

    @Test
    void splitsPunctuationFromWords() {
        Tokens t = Tokens.of("Hello, world. It's 3.14 -- see www.example.com!");
        assertThat(texts(t)).containsExactly("Hello", ",", "world", ".", "It's", "3.14", "--", "see", "www.example.com", "!");
        assertThat(t.wordCount()).isEqualTo(6);
        assertThat(t.isSymbolOnly(1)).isTrue();
        assertThat(t.isSymbolOnly(0)).isFalse();
    }

    @Test
    void joinersStayInsideWordsOnlyBetweenWordCharacters() {
        assertThat(texts(Tokens.of("e-mail don’t -dash end. 'quoted' a--b"))).containsExactly(
                "e-mail", "don’t", "-", "dash", "end", ".", "'", "quoted", "'", "a", "--", "b");
    }

    @Test
    void symbolRunsAreOneTokenButEmojiStandAlone() {
        assertThat(texts(Tokens.of("wow!!! ### \uD83D\uDE00\uD83D\uDE00 ok"))).containsExactly("wow", "!!!", "###", "\uD83D\uDE00", "\uD83D\uDE00", "ok");
    }

    @Test
    void lengthsAreInCodePointsAndLettersAreFound() {
        Tokens t = Tokens.of("𝒜bc 123 naïve 東京");
        assertThat(t.length(0)).isEqualTo(3);
        assertThat(t.hasLetter(0)).isTrue();
        assertThat(t.hasLetter(1)).isFalse();
        assertThat(t.length(2)).isEqualTo(5);
        assertThat(texts(t)).containsExactly("𝒜bc", "123", "naïve", "東京");
    }

    @Test
    void whiteSpaceAndControlsSeparateEvenUnusualOnes() {
        assertThat(texts(Tokens.of("a\u00A0b\u2003c\u0001d\te\r\nf"))).containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(Tokens.of("").size()).isZero();
        assertThat(Tokens.of(" \n\t ").size()).isZero();
    }

    @Test
    void loneSurrogatesAreSymbols() {
        Tokens t = Tokens.of("ab\uD800cd \uDC00 x\uDBFF");
        assertThat(texts(t)).containsExactly("ab", "\uD800", "cd", "\uDC00", "x", "\uDBFF");
        assertThat(t.isSymbolOnly(1)).isTrue();
        assertThat(t.wordCount()).isEqualTo(3);
    }

    @Test
    void foldedHashesIgnoreCaseAndExactOnesDoNot() {
        Tokens t = Tokens.of("The the THE thé");
        long[] folded = t.foldedHashes();
        assertThat(folded[0]).isEqualTo(folded[1]).isEqualTo(folded[2]).isNotEqualTo(folded[3]);
        long[] exact = t.hashes();
        assertThat(exact[0]).isNotEqualTo(exact[1]);
    }

    @Test
    void twentyMegabytesSplitInLinearTime() {
        String text = "Lorem ipsum, dolor sit amet; ".repeat(700_000); // ~20 MB
        long t0 = System.nanoTime();
        Tokens t = Tokens.of(text);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(t.size()).isEqualTo(7 * 700_000);
        assertThat(seconds).as("seconds to split 20 MB").isLessThan(10);
    }
}
