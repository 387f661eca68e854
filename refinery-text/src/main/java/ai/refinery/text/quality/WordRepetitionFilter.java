package ai.refinery.text.quality;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.text.words.NGrams;
import ai.refinery.text.words.Tokens;

/**
 * Keeps texts whose share of repeated word n-grams is within bounds, as Data-Juicer's
 * {@code word_repetition_filter} (after BigScience's ROOTS filters; defaults {@code rep_len} 10
 * and maximum 0.5, its defaults): over the words of the text ({@link Tokens}, punctuation dropped,
 * case ignored), the share of the n-gram occurrences whose n-gram occurs more than once. A text of
 * fewer than {@code rep_len} words has share 0. Drop reasons {@code below_min_ratio} and
 * {@code above_max_ratio}; figure {@code word_rep_ratio}.
 */
public final class WordRepetitionFilter extends TextQualityFilter {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "word_repetition";

    private final Config c;

    public WordRepetitionFilter(Config c) {
        super(NAME, c.field());
        this.c = c;
    }

    public record Config(
            @Setting(value = "Text field to judge.", defaultValue = "text") String field,
            @Setting(value = "Words per n-gram.", defaultValue = "10") long repLen,
            @Setting(value = "Smallest share of repeated n-grams.", defaultValue = "0.0") double minRatio,
            @Setting(value = "Largest share of repeated n-grams.", defaultValue = "0.5") double maxRatio,
            @Setting(value = "Also write the ratio to meta.word_repetition, on kept records and in dropped-record samples.",
                    defaultValue = "false") boolean recordStats) implements java.io.Serializable {
        public Config {
            field = Checks.field(field);
            Checks.ngramSize("rep_len", repLen, 1000);
            Checks.ratioBounds(minRatio, maxRatio);
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super(NAME, "Drops texts whose share of repeated word n-grams is out of bounds.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new WordRepetitionFilter(config).asOperator(config.recordStats());
        }
    }

    @Override
    void judge(String text, Judgement j) {
        Tokens t = Tokens.of(text);
        long[] folded = t.foldedHashes();
        long[] words = new long[t.wordCount()];
        for (int i = 0, k = 0; i < t.size(); i++) if (!t.isSymbolOnly(i)) words[k++] = folded[i];
        int n = (int) c.repLen();
        long[] windows = new long[Math.max(0, words.length - n + 1)];
        int count = NGrams.windowHashes(words, n, windows);
        j.checkRatio("word_rep_ratio", NGrams.repeatedOccurrenceShare(windows, count), c.minRatio(), c.maxRatio());
    }
}
