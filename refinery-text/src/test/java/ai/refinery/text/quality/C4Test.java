package ai.refinery.text.quality;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** c4_lines, c4_quality and c4_bad_words with datatrove's defaults. */
class C4Test {
    private static final C4LineCleaner.Provider LINES = new C4LineCleaner.Provider();
    private static final C4QualityFilter.Provider QUALITY = new C4QualityFilter.Provider();
    private static final C4BadWordsFilter.Provider BAD = new C4BadWordsFilter.Provider();

    static Record clean(String text, Object... settings) {
        return ((RecordMapper) Rules.create(LINES, settings)).map(Rules.record(text));
    }

    @Test
    void removesTheLinesC4RemovesAndCountsThemByRule() {
        String text = String.join("\n",
                "This line is kept as it is.",
                "No terminal punctuation here",
                "A trailing ellipsis is no end...",
                "Two words.",
                "",
                "Three words here.",
                "Please enable JavaScript to view this page.",
                "Read our Privacy Policy for the details.",
                "This site uses cookies to work well.",
                "A cited claim holds true.[1] [edit]",
                "He said \"quotes end lines too.\"",
                "x".repeat(1001) + " is too long.",
                "x".repeat(1000) + " is fine.",
                "   ");
        Record out = clean(text);
        assertThat(out.getString("text")).isEqualTo(String.join("\n",
                "This line is kept as it is.",
                "Three words here.",
                "A cited claim holds true.",
                "He said \"quotes end lines too.\"",
                "x".repeat(1000) + " is fine."));
        assertThat(out.meta("c4_lines")).isEqualTo(Map.of("lines", 12L, "kept", 5L, "citations_removed", 1L,
                "too_long_word", 1L, "no_terminal_punctuation", 2L, "too_few_words", 1L, "javascript", 1L, "policy", 2L));
    }

    @Test
    void eachPolicyPhraseRemovesItsLine() {
        for (String phrase : List.of("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies")) {
            Record out = clean("Kept line of prose here.\nSee the " + phrase.toUpperCase() + " of this site.");
            assertThat(out.getString("text")).as(phrase).isEqualTo("Kept line of prose here.");
        }
    }

    @Test
    void rulesCanBeTurnedOff() {
        String text = "no punctuation at all here\nShort.\nEnable javascript please now.";
        assertThat(clean(text, "require_terminal_punctuation", false, "min_words_per_line", 1, "remove_javascript_lines", false)
                .getString("text")).isEqualTo(text);
        assertThat(clean("A claim [1] stays here.", "remove_citations", false).getString("text")).isEqualTo("A claim [1] stays here.");
        assertThat(clean("x".repeat(5000) + " long word here.", "max_word_length", 0).getString("text")).startsWith("xxx");
    }

    @Test
    void citationMarkersAreRemovedOnlyWhenWellFormed() {
        assertThat(C4LineCleaner.removeCitations("a[12]b[]c[edit]d[citation needed]e")).isEqualTo("abcde");
        assertThat(C4LineCleaner.removeCitations("keep [x1] and [ 1] and [")).isEqualTo("keep [x1] and [ 1] and [");
    }

    @Test
    void missingTextPassesUnchangedAndEmptyTextStaysEmpty() {
        Record noText = Record.builder("r").set("body", "x").build();
        assertThat(((RecordMapper) Rules.create(LINES)).map(noText)).isSameAs(noText);
        Record empty = clean("");
        assertThat(empty.getString("text")).isEmpty();
        assertThat(empty.meta("c4_lines")).isEqualTo(Map.of("lines", 0L, "kept", 0L, "citations_removed", 0L,
                "too_long_word", 0L, "no_terminal_punctuation", 0L, "too_few_words", 0L, "javascript", 0L, "policy", 0L));
    }

    static String sentences(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append("Sentence number ").append(i).append(" is here. ");
        return b.toString().strip();
    }

    @Test
    void documentRules() {
        assertThat(Rules.reason(QUALITY, sentences(5))).isNull();
        assertThat(Rules.reason(QUALITY, sentences(4))).isEqualTo("c4_quality:too_few_sentences");
        assertThat(Rules.reason(QUALITY, sentences(5) + " Lorem IPSUM dolor.")).isEqualTo("c4_quality:lorem_ipsum");
        assertThat(Rules.reason(QUALITY, sentences(5) + " x = {1}.")).isEqualTo("c4_quality:curly_bracket");
        assertThat(Rules.reason(QUALITY, sentences(5) + " x = {1}.", "filter_curly_bracket", false)).isNull();
        assertThat(Rules.reason(QUALITY, "")).isEqualTo("c4_quality:no_lines");
        assertThat(Rules.reason(QUALITY, " \n \n")).isEqualTo("c4_quality:no_lines");
        assertThat(Rules.reason(QUALITY, sentences(1), "min_sentences", 0)).isNull();
        assertThat(Rules.figures(QUALITY, sentences(4))).containsEntry("lines", 1L).containsEntry("sentences", 4L)
                .containsEntry("reason", "too_few_sentences");
    }

    @Test
    void linesThenQualityAsTheJavadocCombinesThem() {
        String page = "Home | About | Contact\nThis site uses cookies to improve your experience.\n" + sentences(5) + "\nShare this";
        Record cleaned = clean(page);
        assertThat(cleaned.getString("text")).isEqualTo(sentences(5));
        assertThat(((ai.refinery.core.op.RecordFilter) Rules.create(QUALITY)).dropReason(cleaned)).isNull();
        assertThat(((ai.refinery.core.op.RecordFilter) Rules.create(QUALITY)).dropReason(clean("Menu\nLogin\nSearch")))
                .isEqualTo("c4_quality:no_lines");
    }

    @Test
    void badWordsFromTheShippedListMatchWholeWordsAndPhrases() {
        assertThat(Rules.reason(BAD, "A page about nude art.")).isEqualTo("c4_bad_words:bad_words");
        assertThat(Rules.reason(BAD, "Some XXX content.")).isEqualTo("c4_bad_words:bad_words");
        assertThat(Rules.reason(BAD, "the video two  girls\none cup")).isEqualTo("c4_bad_words:bad_words");
        assertThat(Rules.reason(BAD, "A page about denuded hills and a classic assembly.")).isNull();
        assertThat(Rules.reason(BAD, "")).isNull();
        assertThat(Rules.figures(BAD, "nude and nude")).containsEntry("bad_words", 2L).containsEntry("reason", "bad_words");
    }

    @Test
    void badWordsFromInlineListOrFile(@TempDir Path dir) throws Exception {
        assertThat(Rules.reason(BAD, "a zonk here", "words", List.of("zonk"))).isEqualTo("c4_bad_words:bad_words");
        assertThat(Rules.reason(BAD, "a nude here", "words", List.of("zonk"))).isNull();
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "# my list\nflimflam\n");
        assertThat(Rules.reason(BAD, "pure FLIMFLAM", "words_file", f.toString())).isEqualTo("c4_bad_words:bad_words");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rules.create(BAD, "words_file", dir.resolve("none.txt").toString()))
                .hasMessageContaining("cannot be read");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rules.create(BAD, "words", List.of("a"), "words_file", f.toString()))
                .hasMessageContaining("either 'words' or 'words_file'");
    }

    @Test
    void keepFractionKeepsAboutThatShareTheSameWayEachTime() {
        var op = (ai.refinery.core.op.RecordFilter) Rules.create(BAD, "words", List.of("zonk"), "keep_fraction", 0.25);
        int kept = 0;
        for (int i = 0; i < 4000; i++) {
            Record r = Rules.record("zonk number " + i);
            String first = op.dropReason(r);
            assertThat(op.dropReason(r)).isEqualTo(first);
            if (first == null) kept++;
        }
        assertThat(kept).isBetween(880, 1120); // 1000 expected, binomial sd 27
    }
}
