package ai.refinery.text.quality;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.text.words.Hash61;
import ai.refinery.text.words.Tokens;
import ai.refinery.text.words.WordList;
import java.util.List;

/**
 * C4's bad-words rule (Raffel et al. 2020: pages with any word of the "List of Dirty, Naughty,
 * Obscene or Otherwise Bad Words" are dropped), as datatrove's {@code C4BadWordsFilter}: drop
 * reason {@code bad_words}. Words and phrases match whole tokens, case ignored ({@link WordList}).
 *
 * <p>The default list is LDNOOBW's English list (CC-BY-4.0, shipped as
 * {@code ldnoobw-en.txt} with its attribution in the README beside it); {@code words} or
 * {@code words_file} replace it. {@code keep_fraction} keeps that share of the matching texts, as
 * datatrove's option of the same name, chosen by a hash of the text and the step's seed, so the
 * choice is the same on every run. Figures in meta: {@code bad_words} (tokens starting a match).
 */
public final class C4BadWordsFilter extends TextQualityFilter {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "c4_bad_words";
    static final String DEFAULT_LIST = "ldnoobw-en.txt";

    private final WordList words;
    private final double keepFraction;
    private final long seed;

    public C4BadWordsFilter(Config c, long seed) {
        super(NAME, c.field());
        this.words = WordListSource.load(c.words(), c.wordsFile(), DEFAULT_LIST);
        this.keepFraction = c.keepFraction();
        this.seed = seed;
    }

    public record Config(
            @Setting(value = "Text field to judge.", defaultValue = "text") String field,
            @Setting(value = "Bad words and phrases, replacing the shipped English LDNOOBW list.", optional = true) List<String> words,
            @Setting(value = "File of bad words and phrases (UTF-8, one a line, # comments), replacing the shipped list.",
                    optional = true) String wordsFile,
            @Setting(value = "Share of texts with bad words kept anyway (chosen by text hash and seed).", defaultValue = "0.0")
            double keepFraction,
            @Setting(value = "Also write the measured figures to meta.c4_bad_words, on kept records and in dropped-record samples.",
                    defaultValue = "false") boolean recordStats) implements java.io.Serializable {
        public Config {
            field = Checks.field(field);
            words = words == null ? List.of() : List.copyOf(words);
            WordListSource.validate(words, wordsFile);
            Checks.fraction("keep_fraction", keepFraction);
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super(NAME, "Drops texts holding a word of a bad-words list (C4's rule; LDNOOBW English list by default).", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new C4BadWordsFilter(config, context.seed()).asOperator(config.recordStats());
        }
    }

    @Override
    void judge(String text, Judgement j) {
        Tokens t = Tokens.of(text);
        boolean found;
        if (j.recordsFigures()) {
            int matches = words.countMatches(t);
            j.note("bad_words", (long) matches);
            found = matches > 0;
        } else {
            found = words.matchesAny(t);
        }
        j.fail(found && !keptAnyway(text), "bad_words");
    }

    private boolean keptAnyway(String text) {
        if (keepFraction <= 0) return false;
        double u = (Hash61.mix(Hash61.of(text, false) ^ seed) >>> 11) * 0x1.0p-53;
        return u < keepFraction;
    }
}
