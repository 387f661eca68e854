package ai.refinery.text.quality;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.text.words.Lines;
import ai.refinery.text.words.Sentences;
import ai.refinery.text.words.TextCounts;

/**
 * C4's document-level rules (Raffel et al. 2020, section 2.2), with the defaults of datatrove's
 * {@code C4QualityFilter}. In the order checked, with the drop reasons:
 *
 * <ol>
 *   <li>{@code no_lines}: no non-blank line (typically all were removed by {@link C4LineCleaner});</li>
 *   <li>{@code lorem_ipsum}: holds "lorem ipsum" (placeholder text, ASCII case ignored);</li>
 *   <li>{@code curly_bracket}: holds a <code>{</code> (code rather than prose);</li>
 *   <li>{@code too_few_sentences}: fewer than 5 sentences ({@link Sentences}).</li>
 * </ol>
 *
 * <p>Run it after {@code c4_lines}, as its javadoc shows: on uncleaned text the sentence count
 * includes the lines C4 would have removed. Figures in meta: {@code lines}, {@code sentences}.
 */
public final class C4QualityFilter extends TextQualityFilter {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "c4_quality";

    private final Config c;

    public C4QualityFilter(Config c) {
        super(NAME, c.field());
        this.c = c;
    }

    public record Config(
            @Setting(value = "Text field to judge.", defaultValue = "text") String field,
            @Setting(value = "Fewest sentences; 0 turns the rule off.", defaultValue = "5") long minSentences,
            @Setting(value = "Drop texts holding 'lorem ipsum'.", defaultValue = "true") boolean filterLoremIpsum,
            @Setting(value = "Drop texts holding a curly bracket '{'.", defaultValue = "true") boolean filterCurlyBracket,
            @Setting(value = "Also write the measured figures to meta.c4_quality, on kept records and in dropped-record samples.",
                    defaultValue = "false") boolean recordStats) implements java.io.Serializable {
        public Config {
            field = Checks.field(field);
            Checks.nonNegative("min_sentences", minSentences);
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super(NAME, "Drops texts that C4 drops: no lines left, 'lorem ipsum', a curly bracket, fewer than 5 sentences.",
                    Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new C4QualityFilter(config).asOperator(config.recordStats());
        }
    }

    @Override
    void judge(String text, Judgement j) {
        int lines = Lines.of(text).size();
        if (j.check("lines", lines, lines == 0, "no_lines")) return;
        if (c.filterLoremIpsum() && j.fail(TextCounts.containsIgnoreCase(text, "lorem ipsum"), "lorem_ipsum")) return;
        if (c.filterCurlyBracket() && j.fail(text.indexOf('{') >= 0, "curly_bracket")) return;
        int sentences = Sentences.count(text);
        j.check("sentences", sentences, sentences < c.minSentences(), "too_few_sentences");
    }
}
