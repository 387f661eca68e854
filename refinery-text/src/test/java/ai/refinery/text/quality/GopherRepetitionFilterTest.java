package ai.refinery.text.quality;

import static ai.refinery.text.quality.Rules.distinctWords;
import static ai.refinery.text.quality.Rules.padTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule with its datatrove default, on texts just inside and just outside the threshold. */
class GopherRepetitionFilterTest {
    private static final GopherRepetitionFilter.Provider P = new GopherRepetitionFilter.Provider();
    /** Settings that turn every rule but the paragraph and line ones off. */
    private static final Object[] NO_NGRAMS = {"top_n_grams", Map.of(), "dup_n_grams", Map.of()};

    static String reason(String text, Object... settings) {
        return Rules.reason(P, text, settings);
    }

    static Object[] only(Object... settings) {
        List<Object> all = new ArrayList<>(List.of(NO_NGRAMS));
        all.addAll(List.of(settings));
        return all.toArray();
    }

    /** {@code distinct} different blocks, then copies of the first {@code copies} of them, joined by {@code sep}. */
    static String blocks(int distinct, int copies, String sep) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < distinct; i++) parts.add(distinctWords(i * 5, 5));
        for (int i = 0; i < copies; i++) parts.add(parts.get(i));
        return String.join(sep, parts);
    }

    @Test
    void atMostThirtyPercentRepeatedParagraphs() {
        Object[] s = only("dup_para_char_frac", 1.0, "dup_line_frac", 1.0, "dup_line_char_frac", 1.0);
        assertThat(reason(blocks(7, 3, "\n\n"), s)).isNull(); // 3 of 10
        assertThat(reason(blocks(7, 4, "\n\n"), s)).isEqualTo("gopher_repetition:dup_para_fraction"); // 4 of 11
        assertThat(reason(blocks(7, 4, "\n \n"), s)).as("a white-space line separates paragraphs too")
                .isEqualTo("gopher_repetition:dup_para_fraction");
    }

    @Test
    void atMostTwentyPercentOfCharactersInRepeatedParagraphs() {
        Object[] s = only("dup_line_frac", 1.0, "dup_line_char_frac", 1.0, "dup_para_frac", 1.0);
        String a = padTo("w0001 w0002", 20);
        assertThat(reason(a + "\n\n" + a + "\n\n" + padTo("w0009", 56), s)).isNull(); // 20 of 100
        assertThat(reason(a + "\n\n" + a + "\n\n" + padTo("w0009", 55), s)).isEqualTo("gopher_repetition:dup_para_char_fraction");
    }

    @Test
    void atMostThirtyPercentRepeatedLines() {
        Object[] s = only("dup_line_char_frac", 1.0);
        assertThat(reason(blocks(7, 3, "\n"), s)).isNull();
        assertThat(reason(blocks(7, 4, "\n"), s)).isEqualTo("gopher_repetition:dup_line_fraction");
    }

    @Test
    void atMostTwentyPercentOfCharactersInRepeatedLines() {
        Object[] s = only("dup_line_frac", 1.0);
        String a = padTo("w0001 w0002", 20);
        assertThat(reason(a + "\n" + a + "\n" + padTo("w0009", 58), s)).isNull(); // 20 of 100
        assertThat(reason(a + "\n" + a + "\n" + padTo("w0009", 57), s)).isEqualTo("gopher_repetition:dup_line_char_fraction");
    }

    /** {@code gram} followed by a distinct word, {@code times} times. */
    static String repeated(String gram, int times) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < times; i++) b.append(gram).append(' ').append(distinctWords(i, 1)).append(' ');
        return b.toString().strip();
    }

    @Test
    void topNGramSharesWithDefaults() {
        assertThat(reason(padTo(repeated("aa bb", 4), 100))).isNull(); // 4 x 5 = 20 of 100
        assertThat(reason(padTo(repeated("aa bb", 4), 99))).isEqualTo("gopher_repetition:top_2_gram_fraction");
        assertThat(reason(padTo(repeated("aa bb cc", 9), 400))).isNull(); // 9 x 8 = 72 of 400 = 0.18
        assertThat(reason(padTo(repeated("aa bb cc", 9), 399))).isEqualTo("gopher_repetition:top_3_gram_fraction");
        assertThat(reason(padTo(repeated("aa bb cc dd", 16), 1100))).isNull(); // 16 x 11 = 176 of 1100 = 0.16
        assertThat(reason(padTo(repeated("aa bb cc dd", 16), 1099))).isEqualTo("gopher_repetition:top_4_gram_fraction");
    }

    @Test
    void duplicatedNGramSharesWithDefaults() {
        Object[] noTop = {"top_n_grams", Map.of()};
        String five = "a01 a02 a03 a04 a05"; // 15 characters without spaces
        String text5 = five + " " + distinctWords(0, 3) + " " + five;
        assertThat(reason(padTo(text5, 100), noTop)).isNull();
        assertThat(reason(padTo(text5, 99), noTop)).isEqualTo("gopher_repetition:duplicated_5_gram_fraction");
        String ten = "b01 b02 b03 b04 b05 b06 b07 b08 b09 b10"; // 30 characters; 5..9-grams stay under their limits
        String text10 = ten + " " + distinctWords(0, 3) + " " + ten;
        assertThat(Rules.figures(P, padTo(text10, 300), noTop)).containsEntry("duplicated_10_gram_fraction", 0.1)
                .containsEntry("duplicated_5_gram_fraction", 0.1).containsEntry("duplicated_6_gram_fraction", 0.06);
        assertThat(reason(padTo(text10, 300), noTop)).isNull();
        assertThat(reason(padTo(text10, 299), noTop)).isEqualTo("gopher_repetition:duplicated_10_gram_fraction");
    }

    @Test
    void emptyAndShortTextsHaveNothingRepeated() {
        assertThat(reason("")).isNull();
        assertThat(reason("two words")).isNull();
        assertThat(Rules.figures(P, "")).containsEntry("dup_para_fraction", 0.0).containsEntry("top_2_gram_fraction", 0.0)
                .doesNotContainKey("reason");
    }

    @Test
    void spamThatRepeatsItselfIsDropped() {
        String spam = "BUY NOW cheap pills best price\n".repeat(20);
        assertThat(reason(spam)).isEqualTo("gopher_repetition:dup_line_fraction");
    }

    @Test
    void thresholdSettingsAreValidated() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rules.create(P, "top_n_grams", Map.of("two", 0.2)))
                .hasMessageContaining("'two' is not a size");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rules.create(P, "dup_n_grams", Map.of("5", 1.5)))
                .hasMessageContaining("must be a fraction between 0 and 1");
    }
}
