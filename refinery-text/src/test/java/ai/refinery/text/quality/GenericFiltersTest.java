package ai.refinery.text.quality;

import static ai.refinery.text.quality.Rules.plainWords;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Data-Juicer-style filters on texts just inside and just outside their thresholds. */
class GenericFiltersTest {
    private static final TextLengthFilter.Provider LENGTH = new TextLengthFilter.Provider();
    private static final AlphanumericRatioFilter.Provider ALNUM = new AlphanumericRatioFilter.Provider();
    private static final SpecialCharactersRatioFilter.Provider SPECIAL = new SpecialCharactersRatioFilter.Provider();
    private static final WordRepetitionFilter.Provider WORD_REP = new WordRepetitionFilter.Provider();
    private static final CharacterRepetitionFilter.Provider CHAR_REP = new CharacterRepetitionFilter.Provider();
    private static final StopWordsRatioFilter.Provider STOP = new StopWordsRatioFilter.Provider();
    private static final FlaggedWordsRatioFilter.Provider FLAGGED = new FlaggedWordsRatioFilter.Provider();

    @Test
    void textLengthInCodePoints() {
        assertThat(Rules.reason(LENGTH, "x".repeat(10))).isNull();
        assertThat(Rules.reason(LENGTH, "x".repeat(9))).isEqualTo("text_length:too_short");
        assertThat(Rules.reason(LENGTH, "\uD83D\uDE00".repeat(10))).isNull();
        assertThat(Rules.reason(LENGTH, "\uD83D\uDE00".repeat(9))).isEqualTo("text_length:too_short");
        assertThat(Rules.reason(LENGTH, "x".repeat(20), "max_length", 20)).isNull();
        assertThat(Rules.reason(LENGTH, "x".repeat(21), "max_length", 20)).isEqualTo("text_length:too_long");
        assertThat(Rules.reason(LENGTH, "")).isEqualTo("text_length:too_short");
        assertThat(Rules.reason(LENGTH, "", "min_length", 0)).isNull();
    }

    @Test
    void alphanumericShare() {
        assertThat(Rules.reason(ALNUM, "a!!!")).isNull(); // 0.25
        assertThat(Rules.reason(ALNUM, "a!!!!")).isEqualTo("alphanumeric_ratio:below_min_ratio"); // 0.2
        assertThat(Rules.reason(ALNUM, "é٣!!")).isNull(); // a letter and an Arabic-Indic digit
        assertThat(Rules.reason(ALNUM, "ab!!", "max_ratio", 0.5)).isNull();
        assertThat(Rules.reason(ALNUM, "abc!!", "max_ratio", 0.5)).isEqualTo("alphanumeric_ratio:above_max_ratio");
        assertThat(Rules.reason(ALNUM, "")).isEqualTo("alphanumeric_ratio:below_min_ratio");
    }

    @Test
    void specialCharacterShare() {
        assertThat(Rules.reason(SPECIAL, "abc!")).isNull(); // 0.25
        assertThat(Rules.reason(SPECIAL, "abcdefghijk!!!!")).isEqualTo("special_characters_ratio:above_max_ratio"); // 4 / 15
        assertThat(Rules.reason(SPECIAL, "abcdef12")).isNull(); // digits are special: 2 / 8
        assertThat(Rules.reason(SPECIAL, "abcde12")).isEqualTo("special_characters_ratio:above_max_ratio"); // 2 / 7
        assertThat(Rules.reason(SPECIAL, "cafe\u0301 na\u0308ive")).as("marks are not special; the space is: 1 / 12").isNull();
        assertThat(Rules.reason(SPECIAL, "")).isNull();
        assertThat(Rules.reason(SPECIAL, "abcd", "min_ratio", 0.1)).isEqualTo("special_characters_ratio:below_min_ratio");
    }

    @Test
    void wordRepetitionShare() {
        // bigrams x y, y z, z x, x y: the two occurrences of "x y" are repeated, 2 of 4
        assertThat(Rules.figures(WORD_REP, "X y, z x Y.", "rep_len", 2)).containsEntry("word_rep_ratio", 0.5);
        assertThat(Rules.reason(WORD_REP, "x y z x y", "rep_len", 2)).isNull();
        assertThat(Rules.reason(WORD_REP, "x y z x y", "rep_len", 2, "max_ratio", 0.49)).isEqualTo("word_repetition:above_max_ratio");
        assertThat(Rules.reason(WORD_REP, "x y x y x", "rep_len", 2)).isEqualTo("word_repetition:above_max_ratio"); // 4 of 4
        assertThat(Rules.reason(WORD_REP, plainWords(9))).isNull(); // fewer words than rep_len 10
        assertThat(Rules.reason(WORD_REP, plainWords(9), "min_ratio", 0.1)).isEqualTo("word_repetition:below_min_ratio");
        assertThat(Rules.reason(WORD_REP, plainWords(60))).as("12 words cycling: every 10-gram repeats")
                .isEqualTo("word_repetition:above_max_ratio");
    }

    @Test
    void characterRepetitionRatio() {
        // "abcab", 2-grams ab bc ca ab: 3 distinct, 1 repeated, top min(⌊√3⌋, 1) = 1: "ab" twice of 4
        assertThat(Rules.figures(CHAR_REP, "abcab", "rep_len", 2)).containsEntry("char_rep_ratio", 0.5);
        assertThat(Rules.reason(CHAR_REP, "abcab", "rep_len", 2)).isNull();
        assertThat(Rules.reason(CHAR_REP, "abab", "rep_len", 2)).isEqualTo("character_repetition:above_max_ratio"); // 2 of 3
        assertThat(Rules.reason(CHAR_REP, "abab", "rep_len", 2, "max_ratio", 0.67)).isNull();
        assertThat(Rules.reason(CHAR_REP, "short")).isNull();
        assertThat(Rules.reason(CHAR_REP, "abcdefgh" + "zz".repeat(100), "rep_len", 2, "max_chars", 8)).isNull();
        assertThat(Rules.reason(CHAR_REP, "abcdefgh" + "zz".repeat(100), "rep_len", 2))
                .isEqualTo("character_repetition:above_max_ratio");
    }

    @Test
    void stopWordShare() {
        assertThat(Rules.reason(STOP, "The of, and" + " kappa".repeat(7) + ".")).isNull(); // 3 of 10 words
        assertThat(Rules.reason(STOP, "The of, and" + " kappa".repeat(8) + ".")).isEqualTo("stop_words_ratio:below_min_ratio"); // 3 of 11
        assertThat(Rules.reason(STOP, "zap zip fox", "words", List.of("zap", "zip"), "min_ratio", 0.66)).isNull();
        assertThat(Rules.reason(STOP, "")).isEqualTo("stop_words_ratio:below_min_ratio");
    }

    @Test
    void flaggedWordShare() {
        Object[] zonk = {"words", List.of("zonk")};
        assertThat(Rules.reason(FLAGGED, "zonk ".repeat(9) + plainWords(191), zonk)).isNull(); // 9 of 200
        assertThat(Rules.reason(FLAGGED, "zonk ".repeat(10) + plainWords(190), zonk)).isEqualTo("flagged_words_ratio:above_max_ratio");
        assertThat(Rules.reason(FLAGGED, "")).isNull();
        assertThat(Rules.reason(FLAGGED, "some nude text")).isEqualTo("flagged_words_ratio:above_max_ratio");
    }
}
