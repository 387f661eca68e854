package ai.refinery.text.quality;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The rules on a news page as a text extractor leaves it, and on a spam mail body. */
class RealTextsTest {
    static Map<String, String> verdicts(String text) {
        Map<String, String> out = new TreeMap<>();
        for (OperatorProvider<?> p : Rules.all()) {
            Operator op = Rules.create(p);
            if (op instanceof RecordFilter f) {
                String reason = f.dropReason(Rules.record(text));
                out.put(p.name(), reason == null ? "keep" : reason);
            }
        }
        return out;
    }

    @Test
    void theNewsPageIsKeptAndC4StripsItsNavigationAndNotices() {
        String page = Samples.resource("web-page.txt");
        assertThat(verdicts(page).values()).as(verdicts(page).toString()).containsOnly("keep");

        Record cleaned = ((RecordMapper) Rules.create(new C4LineCleaner.Provider())).map(Rules.record(page));
        String text = cleaned.getString("text");
        assertThat(text).startsWith("The town library on Elm Street reopened").endsWith("works in the district.\nComments are closed.");
        assertThat(text).doesNotContain("Home |", "Sign in", "Related stories", "cookies", "JavaScript", "©", "By Maria Jensen");
        assertThat(cleaned.meta("c4_lines")).isEqualTo(Map.of("lines", 20L, "kept", 6L, "citations_removed", 0L, "too_long_word", 0L,
                "no_terminal_punctuation", 12L, "too_few_words", 0L, "javascript", 1L, "policy", 1L));
        assertThat(((RecordFilter) Rules.create(new C4QualityFilter.Provider())).dropReason(cleaned)).isNull();

        Map<String, Object> gopher = Rules.figures(new GopherQualityFilter.Provider(), page);
        assertThat((Double) gopher.get("mean_word_length")).isBetween(4.0, 5.0);
        assertThat((Long) gopher.get("stop_words")).isGreaterThan(50);
    }

    @Test
    void theSpamMailFailsTheRulesAimedAtIt() {
        Map<String, String> v = verdicts(Samples.resource("spam-mail.txt"));
        // symbols and shouting: under 80% of tokens hold a letter ("$$$", "!!!", "===>", "*")
        assertThat(v).containsEntry("gopher_quality", "gopher_quality:too_few_alpha_words");
        // the repeated "Click here" and "Earn $5000" lines hold 30% of the characters
        assertThat(v).containsEntry("gopher_repetition", "gopher_repetition:dup_line_char_fraction");
        assertThat(v).containsEntry("fineweb_quality", "fineweb_quality:char_dup_ratio");
        assertThat(v).containsEntry("special_characters_ratio", "special_characters_ratio:above_max_ratio");
        assertThat(v).containsEntry("stop_words_ratio", "stop_words_ratio:below_min_ratio");
        // no obscene word, long enough, and C4's sentence rule counts "!!!" as sentence ends
        assertThat(v).containsEntry("c4_bad_words", "keep").containsEntry("text_length", "keep").containsEntry("c4_quality", "keep");
    }
}
