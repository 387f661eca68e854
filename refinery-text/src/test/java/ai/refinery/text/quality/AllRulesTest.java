package ai.refinery.text.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.op.ScoringFilter;
import ai.refinery.core.record.Record;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What every quality operator must do with odd input: empty, missing, not text, invalid UTF-16, huge. */
class AllRulesTest {
    private static final long SEED = Long.getLong("refinery.test.seed", System.nanoTime());

    /** The drop reason, or "keep", or (for the c4_lines mapper) "mapped". */
    static String outcome(Operator op, Record r) {
        if (op instanceof RecordFilter f) {
            String reason = f.dropReason(r);
            return reason == null ? "keep" : reason;
        }
        ((RecordMapper) op).map(r);
        return "mapped";
    }

    @Test
    void emptyTextHasADocumentedOutcome() {
        Map<String, String> got = new TreeMap<>();
        for (OperatorProvider<?> p : Rules.all()) got.put(p.name(), outcome(Rules.create(p), Rules.record("")));
        assertThat(got).isEqualTo(new TreeMap<>(Map.ofEntries(
                Map.entry("gopher_quality", "gopher_quality:too_few_words"),
                Map.entry("gopher_repetition", "keep"),
                Map.entry("c4_lines", "mapped"),
                Map.entry("c4_quality", "c4_quality:no_lines"),
                Map.entry("c4_bad_words", "keep"),
                Map.entry("fineweb_quality", "fineweb_quality:empty"),
                Map.entry("text_length", "text_length:too_short"),
                Map.entry("alphanumeric_ratio", "alphanumeric_ratio:below_min_ratio"),
                Map.entry("special_characters_ratio", "keep"),
                Map.entry("word_repetition", "keep"),
                Map.entry("character_repetition", "keep"),
                Map.entry("stop_words_ratio", "stop_words_ratio:below_min_ratio"),
                Map.entry("flagged_words_ratio", "keep"))));
    }

    @Test
    void missingFieldIsNoTextAndOtherTypesAreQuarantinedWithAMessage() {
        Record missing = Record.builder("m").set("body", "some text").build();
        Record number = Record.builder("n").set("text", 42L).build();
        for (OperatorProvider<?> p : Rules.all()) {
            Operator op = Rules.create(p);
            if (op instanceof RecordFilter f) {
                assertThat(f.dropReason(missing)).isEqualTo(p.name() + ":no_text");
                assertThat(f.dropReason(Record.builder("z").set("text", null).build())).isEqualTo(p.name() + ":no_text");
            } else {
                assertThat(((RecordMapper) op).map(missing)).isSameAs(missing);
            }
            assertThatThrownBy(() -> outcome(op, number)).as(p.name()).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(p.name() + ": field 'text' holds a long, not text; set 'field' to a text field or convert it first (e.g. with cast)");
        }
    }

    @Test
    void theFieldSettingIsRead() {
        Record r = Record.builder("b").set("body", "").set("text", "x".repeat(50)).build();
        assertThat(((RecordFilter) Rules.create(new TextLengthFilter.Provider(), "field", "body")).dropReason(r))
                .isEqualTo("text_length:too_short");
    }

    @Test
    void loneSurrogatesAndControlCharactersNeitherCrashNorChangeBetweenRuns() {
        SplittableRandom random = new SplittableRandom(SEED);
        char[] alphabet = {'a', 'b', ' ', '\n', '.', '#', '\uD800', '\uDC00', '\uDBFF', '\uFFFF', '\u0000', '[', '{', '…', '\r'};
        for (int trial = 0; trial < 40; trial++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(0, 400);
            for (int i = 0; i < n; i++) b.append(alphabet[random.nextInt(alphabet.length)]);
            Record r = Rules.record(b.toString());
            for (OperatorProvider<?> p : Rules.all()) {
                String where = p.name() + " (seed " + SEED + ", trial " + trial + ")";
                String first = outcome(Rules.create(p), r);
                assertThat(outcome(Rules.create(p), r)).as(where).isEqualTo(first);
                if (!p.name().equals("c4_lines")) {
                    java.util.Map<String, Object> figures = Rules.figures(p, r.getString("text"));
                    // a text without lines has no line ratios: null there says "undefined", not 0
                    if (!"empty".equals(figures.get("reason"))) assertThat(figures.values()).as(where).allSatisfy(v -> assertThat(v).isNotNull());
                }
            }
        }
    }

    @Test
    void twentyMegabyteTextsAreJudgedInLinearTime() {
        StringBuilder b = new StringBuilder(21_000_000);
        int i = 0;
        while (b.length() < 20_000_000) {
            b.append("Paragraph ").append(i).append(" of a long text, with the words of the day and a number ").append(i * 7919 % 1000)
                    .append(".\n").append(i % 50 == 0 ? "\n" : "");
            i++;
        }
        Record big = Rules.record(b.toString());
        Map<String, Double> seconds = new TreeMap<>();
        for (OperatorProvider<?> p : Rules.all()) {
            Operator op = Rules.create(p);
            long t0 = System.nanoTime();
            outcome(op, big);
            seconds.put(p.name(), (System.nanoTime() - t0) / 1e9);
        }
        System.out.println("seconds per operator on 20 MB: " + seconds);
        // linear passes take well under a second each here; a quadratic step would take hours
        assertThat(seconds.values()).allSatisfy(s -> assertThat(s).isLessThan(30.0));
    }

    @Test
    void withRecordStatsTheFilterStillDropsAndWritesItsFiguresToMeta() {
        Operator scorer = Rules.create(new GopherQualityFilter.Provider(), "record_stats", true);
        assertThat(scorer).isInstanceOf(ScoringFilter.class);
        ScoringFilter.Verdict bad = ((ScoringFilter) scorer).judge(Rules.record("too short"));
        assertThat(bad.dropReason()).isEqualTo("gopher_quality:too_few_words");
        assertThat(bad.record().getString("text")).isEqualTo("too short");
        assertThat(bad.record().meta("gopher_quality")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("reason", "too_few_words").containsKey("mean_word_length");
        ScoringFilter.Verdict good = ((ScoringFilter) scorer).judge(Rules.record("the " + Rules.plainWords(60) + " of"));
        assertThat(good.dropReason()).isNull();
        assertThat(((RecordFilter) scorer).dropReason(good.record())).isNull();
        var longWords = new ai.refinery.core.ops.Filter(new ai.refinery.core.ops.Filter.Config(
                "meta.gopher_quality.mean_word_length > 4", "short"));
        assertThat(longWords.dropReason(good.record())).as("figures usable by later steps").isNull();
    }
}
