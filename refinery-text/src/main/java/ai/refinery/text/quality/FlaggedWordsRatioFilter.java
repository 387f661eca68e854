package ai.refinery.text.quality;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.text.words.Tokens;
import ai.refinery.text.words.WordList;
import java.util.List;

/**
 * Keeps texts whose share of flagged words among their words is within bounds, as Data-Juicer's
 * {@code flagged_words_filter} (default maximum 0.045, its default). Unlike {@code c4_bad_words},
 * which drops on any match, this tolerates the odd word. The count is the number of tokens where a
 * listed word or phrase starts ({@link WordList}); the share divides it by the number of words
 * (punctuation excluded). The default list is the LDNOOBW English list also used by
 * {@code c4_bad_words}; {@code words} or {@code words_file} replace it. Drop reasons
 * {@code below_min_ratio} and {@code above_max_ratio}; figure {@code flagged_words_ratio}.
 */
public final class FlaggedWordsRatioFilter extends TextQualityFilter {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "flagged_words_ratio";

    private final WordList flagged;
    private final double min;
    private final double max;

    public FlaggedWordsRatioFilter(Config c) {
        super(NAME, c.field());
        this.flagged = WordListSource.load(c.words(), c.wordsFile(), C4BadWordsFilter.DEFAULT_LIST);
        this.min = c.minRatio();
        this.max = c.maxRatio();
    }

    public record Config(
            @Setting(value = "Text field to judge.", defaultValue = "text") String field,
            @Setting(value = "Smallest share of flagged words among words.", defaultValue = "0.0") double minRatio,
            @Setting(value = "Largest share of flagged words among words.", defaultValue = "0.045") double maxRatio,
            @Setting(value = "Flagged words and phrases, replacing the shipped English LDNOOBW list.", optional = true)
            List<String> words,
            @Setting(value = "File of flagged words and phrases (UTF-8, one a line, # comments), replacing the shipped list.",
                    optional = true) String wordsFile,
            @Setting(value = "Also write the ratio to meta.flagged_words_ratio, on kept records and in dropped-record samples.",
                    defaultValue = "false") boolean recordStats) implements java.io.Serializable {
        public Config {
            field = Checks.field(field);
            Checks.ratioBounds(minRatio, maxRatio);
            words = words == null ? List.of() : List.copyOf(words);
            WordListSource.validate(words, wordsFile);
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super(NAME, "Drops texts whose share of flagged (obscene) words is out of bounds.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new FlaggedWordsRatioFilter(config).asOperator(config.recordStats());
        }
    }

    @Override
    void judge(String text, Judgement j) {
        Tokens t = Tokens.of(text);
        int words = t.wordCount();
        j.checkRatio("flagged_words_ratio", words == 0 ? 0 : (double) flagged.countMatches(t) / words, min, max);
    }
}
