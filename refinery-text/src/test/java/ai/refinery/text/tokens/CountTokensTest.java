package ai.refinery.text.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.ConfigMaps;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountTokensTest {
    private static CountTokens op(String encoding) {
        return new CountTokens(ConfigMaps.bind(new CountTokens.Provider(), Map.of("encoding", encoding)));
    }

    private static long tokens(CountTokens op, String text) {
        return (Long) op.map(Record.builder("r").set("text", text).build()).meta("tokens");
    }

    /** Counts from OpenAI's cookbook "How to count tokens with tiktoken" (compare_encodings). */
    @Test
    void matchesTiktokenOnTheCookbookExamples() {
        CountTokens cl100k = op("cl100k_base");
        CountTokens r50k = op("r50k_base");
        CountTokens p50k = op("p50k_base");
        assertThat(tokens(cl100k, "tiktoken is great!")).isEqualTo(6);
        assertThat(tokens(cl100k, "antidisestablishmentarianism")).isEqualTo(6);
        assertThat(tokens(r50k, "antidisestablishmentarianism")).isEqualTo(5);
        assertThat(tokens(p50k, "antidisestablishmentarianism")).isEqualTo(5);
        assertThat(tokens(cl100k, "2 + 2 = 4")).isEqualTo(7);
        assertThat(tokens(r50k, "2 + 2 = 4")).isEqualTo(5);
        assertThat(tokens(cl100k, "お誕生日おめでとう")).isEqualTo(9);
        assertThat(tokens(r50k, "お誕生日おめでとう")).isEqualTo(14);
        assertThat(tokens(op("o200k_base"), "お誕生日おめでとう")).isEqualTo(8);
    }

    @Test
    void specialTokensAreCountedAsText() {
        // as one control token it would be 1; as text, '<', '|', 'endo', 'ft', 'ext', '|', '>'
        assertThat(tokens(op("cl100k_base"), "<|endoftext|>")).isEqualTo(7);
        assertThat(tokens(op("cl100k_base"), "<|fim_prefix|><|endofprompt|>")).isGreaterThan(2);
    }

    @Test
    void missingOrEmptyTextCountsZeroAndNonTextIsRefused() {
        CountTokens op = op("cl100k_base");
        assertThat(op.map(Record.builder("none").build()).meta("tokens")).isEqualTo(0L);
        assertThat(tokens(op, "")).isZero();
        assertThatThrownBy(() -> op.map(Record.builder("n").set("text", 3L).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("field 'text'");
    }

    @Test
    void countsAreAdditiveOverWordsAndALongDocumentIsCountedWhole() {
        CountTokens op = op("cl100k_base");
        String paragraph = "Everyone has the right to rest and leisure, including reasonable limitation of working hours. ";
        long one = tokens(op, paragraph);
        long start = System.nanoTime();
        long many = tokens(op, paragraph.repeat(50_000)); // 4.8 MB
        assertThat(many).isBetween(one * 50_000 - 50_000, one * 50_000); // the trailing space joins the next word
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(20);
    }
}
