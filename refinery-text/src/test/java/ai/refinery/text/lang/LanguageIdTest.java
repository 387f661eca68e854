package ai.refinery.text.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.ConfigMaps;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageIdTest {
    private static final List<String> FOUR = List.of("en", "de", "fr", "vi");
    static final String ENGLISH = "Everyone has the right to education. Education shall be free, at least in the elementary "
            + "and fundamental stages, and higher education shall be equally accessible to all on the basis of merit.";
    static final String GERMAN = "Jeder hat das Recht auf Bildung. Die Bildung ist unentgeltlich, zum mindesten der "
            + "Grundschulunterricht und die grundlegende Bildung, und der Hochschulunterricht muss allen offenstehen.";
    static final String VIETNAMESE = "Mọi người đều có quyền được học hành. Giáo dục phải được miễn phí, ít nhất là ở "
            + "bậc tiểu học và giáo dục cơ sở.";

    private static LanguageId op(Map<String, Object> settings) {
        Map<String, Object> s = new HashMap<>(Map.of("languages", FOUR));
        s.putAll(settings);
        return new LanguageId(ConfigMaps.bind(new LanguageId.Provider(), s));
    }

    private static Record doc(String text) {
        return Record.builder("d").set("text", text).build();
    }

    @Test
    void writesTheIsoCodeAndAScoreNearOneForClearParagraphs() {
        LanguageId op = op(Map.of());
        Record en = op.map(doc(ENGLISH));
        assertThat(en.meta("language")).isEqualTo("en");
        assertThat((Double) en.meta("language_score")).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
        assertThat(op.map(doc(GERMAN)).meta("language")).isEqualTo("de");
        assertThat(op.map(doc(VIETNAMESE)).meta("language")).isEqualTo("vi");
        assertThat(en.getString("text")).isEqualTo(ENGLISH);
    }

    @Test
    void aWordSharedByTheLanguagesScoresLowerThanAParagraph() {
        LanguageId op = op(Map.of("min_chars", 1));
        double word = (Double) op.map(doc("Restaurant")).meta("language_score"); // the same word in en, de and fr
        double paragraph = (Double) op.map(doc(ENGLISH)).meta("language_score");
        assertThat(word).isLessThan(0.9);
        assertThat(paragraph).isGreaterThan(0.99);
    }

    @Test
    void decomposedAccentsAreReadAsComposed() {
        String nfd = Normalizer.normalize(VIETNAMESE, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(VIETNAMESE);
        LanguageId op = op(Map.of());
        assertThat(op.map(doc(nfd)).meta()).isEqualTo(op.map(doc(VIETNAMESE)).meta());
    }

    @Test
    void undeterminedWithoutLettersWhenTooShortOrMissing() {
        LanguageId op = op(Map.of("min_chars", 20));
        for (Record r : List.of(doc(""), doc("   "), doc("12 345 678, 9.10 -- 11 12 13 14 15"), doc("Hello there"),
                Record.builder("none").build(), doc(null))) {
            Record out = op.map(r);
            assertThat(out.meta("language")).as(r.toString()).isEqualTo("und");
            assertThat(out.meta("language_score")).isEqualTo(0.0);
        }
    }

    @Test
    void aNonTextFieldIsRefusedWithItsType() {
        assertThatThrownBy(() -> op(Map.of()).map(Record.builder("n").set("text", 42L).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("field 'text'");
    }

    @Test
    void onlyTheFirstMaxCharsAreRead() {
        String text = ENGLISH + " " + GERMAN.repeat(20);
        assertThat(op(Map.of()).map(doc(text)).meta("language")).isEqualTo("de");
        assertThat(op(Map.of("max_chars", ENGLISH.length() + 10)).map(doc(text)).meta("language")).isEqualTo("en");
    }

    @Test
    void aHugeDocumentIsQuick() {
        String huge = ENGLISH.repeat(100_000); // 20 MB
        long start = System.nanoTime();
        assertThat(op(Map.of()).map(doc(huge)).meta("language")).isEqualTo("en");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
    }

    @Test
    void prefixCutsAtASpaceAndNeverInsideASurrogatePair() {
        assertThat(LanguageDetection.prefix("hello world", 8)).isEqualTo("hello");
        assertThat(LanguageDetection.prefix("short", 8)).isEqualTo("short");
        String emoji = "ab\uD83D\uDE00cd";
        assertThat(LanguageDetection.prefix(emoji, 3)).isEqualTo("ab");
        assertThat(LanguageDetection.prefix("x".repeat(200), 100)).hasSize(100);
    }

    @Test
    void theScoreIsOneWhenOnlyTheTopLanguageIsLeftAndFallsWithCloseRivals() {
        var top = com.github.pemistahl.lingua.api.Language.ENGLISH;
        var other = com.github.pemistahl.lingua.api.Language.DANISH;
        assertThat(ConfidenceScore.of(Map.of(top, 1.0), AccuracyMode.HIGH)).isEqualTo(1.0);
        double close = ConfidenceScore.of(Map.of(top, 1.0, other, 0.99), AccuracyMode.HIGH);
        double far = ConfidenceScore.of(Map.of(top, 1.0, other, 0.7), AccuracyMode.HIGH);
        assertThat(close).isBetween(0.5, 0.6);
        assertThat(far).isGreaterThan(0.99);
        assertThat(ConfidenceScore.of(Map.of(), AccuracyMode.HIGH)).isEqualTo(0.0);
    }
}
