package ai.refinery.text.quality;

import static ai.refinery.text.quality.Rules.plainWords;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule with its datatrove default, on texts just inside and just outside the threshold. */
class GopherQualityFilterTest {
    private static final GopherQualityFilter.Provider P = new GopherQualityFilter.Provider();

    /** {@code words} plain words with the two stop words "the" and "of" among them. */
    static String prose(int words) {
        return "the " + plainWords(words - 2) + " of";
    }

    static String reason(String text, Object... settings) {
        return Rules.reason(P, text, settings);
    }

    @Test
    void wordCountBetween50And100000() {
        assertThat(reason(prose(50))).isNull();
        assertThat(reason(prose(49))).isEqualTo("gopher_quality:too_few_words");
        assertThat(reason(prose(100_000))).isNull();
        assertThat(reason(prose(100_001))).isEqualTo("gopher_quality:too_many_words");
        // punctuation does not count as words: 49 words and 10 commas are still too few
        assertThat(reason(prose(49) + " , , , , , , , , , ,")).isEqualTo("gopher_quality:too_few_words");
    }

    @Test
    void meanWordLengthBetween3And10() {
        String threes = "the and " + "cat dog sat ran ".repeat(12).strip(); // 50 words of 3 letters
        assertThat(reason(threes)).isNull();
        assertThat(reason(threes.replaceFirst("cat", "at"))).isEqualTo("gopher_quality:short_words");
        // "the" (3) + one of 17 letters average 10; 48 words of 10 letters
        String tens = "the abcdefghijklmnopq the abcdefghijklmnopq " + "abcdefghij ".repeat(46).strip();
        assertThat(Rules.figures(P, tens)).containsEntry("mean_word_length", 10.0);
        assertThat(reason(tens)).isNull();
        assertThat(reason(tens.replaceFirst("abcdefghij ", "abcdefghijk "))).isEqualTo("gopher_quality:long_words");
    }

    @Test
    void atMostOneHashPerTenTokens() {
        String ninety = prose(90);
        assertThat(reason(ninety + " #".repeat(10))).isNull(); // 10 / 100 tokens
        assertThat(reason(ninety + " #".repeat(11))).isEqualTo("gopher_quality:too_many_hashes"); // 11 / 101
    }

    @Test
    void atMostOneEllipsisPerTenTokens() {
        String ninety = prose(90);
        assertThat(reason(ninety + " ... …".repeat(5) + " end")).isNull(); // 10 / 101
        assertThat(reason(ninety + " ... …".repeat(5) + " ...")).isEqualTo("gopher_quality:too_many_ellipses"); // 11 / 101
    }

    @Test
    void atMostNinetyPercentBulletLines() {
        String line = plainWords(6);
        String nine = ("- " + line + "\n").repeat(5) + ("• " + line + "\n").repeat(4);
        assertThat(reason("the of\n" + nine + "  " + line)).isNull(); // 9 of 11 lines (the first has the stop words)
        assertThat(reason("the of " + line + "\n" + nine + "* " + line)).isEqualTo("gopher_quality:too_many_bullet_lines"); // 10 of 11
        assertThat(reason("the of " + line + "\n" + nine)).isNull(); // 9 of 10
    }

    @Test
    void atMostThirtyPercentEllipsisLines() {
        String line = "the of " + plainWords(8);
        String text = (line + "...\n").repeat(2) + line + "…\n" + (line + "\n").repeat(7); // 3 of 10
        assertThat(reason(text)).isNull();
        assertThat(reason(text + line + "...")).isEqualTo("gopher_quality:too_many_ellipsis_lines"); // 4 of 11
    }

    @Test
    void atLeastEightyPercentOfTokensWithALetter() {
        String eighty = prose(80);
        assertThat(reason(eighty + " 123".repeat(20))).isNull(); // 80 / 100
        assertThat(reason(eighty + " 123".repeat(21))).isEqualTo("gopher_quality:too_few_alpha_words"); // 80 / 101
    }

    @Test
    void atLeastTwoStopWordsCaseIgnored() {
        assertThat(reason("The " + plainWords(48) + " WITH")).isNull();
        assertThat(reason("The " + plainWords(49))).isEqualTo("gopher_quality:too_few_stop_words");
        assertThat(reason("zap " + plainWords(48) + " zip", "stop_words", java.util.List.of("zap", "zip"))).isNull();
        assertThat(reason(plainWords(50), "min_stop_words", 0)).isNull();
    }

    @Test
    void emptyMissingAndNonTextFields() {
        assertThat(reason("")).isEqualTo("gopher_quality:too_few_words");
        var filter = (ai.refinery.core.op.RecordFilter) Rules.create(P);
        assertThat(filter.dropReason(ai.refinery.core.record.Record.builder("x").set("body", "hi").build()))
                .isEqualTo("gopher_quality:no_text");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> filter.dropReason(
                        ai.refinery.core.record.Record.builder("x").set("text", 12L).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("field 'text' holds a long, not text");
    }

    @Test
    void figuresAreAllMeasuredAndTheFirstFailureIsTheReason() {
        Map<String, Object> f = Rules.figures(P, "Hello , world");
        assertThat(f).containsEntry("words", 2L).containsEntry("mean_word_length", 5.0)
                .containsEntry("hash_ratio", 0.0).containsEntry("alpha_words_ratio", 0.666667)
                .containsEntry("stop_words", 0L).containsEntry("reason", "too_few_words");
        assertThat(Rules.figures(P, prose(60))).doesNotContainKey("reason");
    }
}
