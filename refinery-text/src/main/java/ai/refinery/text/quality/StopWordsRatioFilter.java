package ai.refinery.text.quality;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.text.words.Tokens;
import ai.refinery.text.words.WordList;
import java.util.List;

/**
 * Keeps texts whose share of stop words among their words ({@link Tokens}, punctuation excluded)
 * is within bounds, as Data-Juicer's {@code stopwords_filter} (default minimum 0.3, its default):
 * prose has many function words, keyword lists and boilerplate few. The default list is the
 * English {@code stopwords-en.txt} shipped beside this class; {@code words} or {@code words_file}
 * replace it. A text without words has share 0. Drop reasons {@code below_min_ratio} and
 * {@code above_max_ratio}; figure {@code stop_words_ratio}.
 */
public final class StopWordsRatioFilter extends TextQualityFilter {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "stop_words_ratio";
    static final String DEFAULT_LIST = "stopwords-en.txt";

    private final WordList stopWords;
    private final double min;
    private final double max;

    public StopWordsRatioFilter(Config c) {
        super(NAME, c.field());
        this.stopWords = WordListSource.load(c.words(), c.wordsFile(), DEFAULT_LIST);
        this.min = c.minRatio();
        this.max = c.maxRatio();
    }

    public record Config(
            @Setting(value = "Text field to judge.", defaultValue = "text") String field,
            @Setting(value = "Smallest share of stop words among words.", defaultValue = "0.3") double minRatio,
            @Setting(value = "Largest share of stop words among words.", defaultValue = "1.0") double maxRatio,
            @Setting(value = "Stop words, replacing the shipped English list.", optional = true) List<String> words,
            @Setting(value = "File of stop words (UTF-8, one a line, # comments), replacing the shipped list.", optional = true)
            String wordsFile,
            @Setting(value = "Also write the ratio to meta.stop_words_ratio, on kept records and in dropped-record samples.",
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
            super(NAME, "Drops texts whose share of stop words (the, of, and, ...) is out of bounds.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new StopWordsRatioFilter(config).asOperator(config.recordStats());
        }
    }

    @Override
    void judge(String text, Judgement j) {
        Tokens t = Tokens.of(text);
        int stops = 0;
        for (int i = 0; i < t.size(); i++) if (!t.isSymbolOnly(i) && stopWords.containsToken(t, i)) stops++;
        j.checkRatio("stop_words_ratio", t.wordCount() == 0 ? 0 : (double) stops / t.wordCount(), min, max);
    }
}
