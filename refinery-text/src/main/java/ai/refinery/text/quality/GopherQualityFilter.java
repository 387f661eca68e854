package ai.refinery.text.quality;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.text.words.Lines;
import ai.refinery.text.words.TextCounts;
import ai.refinery.text.words.Tokens;
import ai.refinery.text.words.WordList;
import java.util.List;

/**
 * Gopher's quality heuristics (Rae et al. 2021, "Scaling Language Models", appendix A.1.1, as
 * applied to MassiveText). The defaults are those of datatrove's {@code GopherQualityFilter}. The
 * rules, in the order checked, with the drop reason of each:
 *
 * <ol>
 *   <li>{@code too_few_words} / {@code too_many_words}: between 50 and 100,000 words, counting
 *       words only (not symbol-only tokens; see {@link Tokens});</li>
 *   <li>{@code short_words} / {@code long_words}: mean word length (code points) between 3 and 10;</li>
 *   <li>{@code too_many_hashes}: {@code #} characters per token ≤ 0.1;</li>
 *   <li>{@code too_many_ellipses}: ellipses ({@code ...} or {@code …}) per token ≤ 0.1;</li>
 *   <li>{@code too_many_bullet_lines}: lines starting with a bullet ({@code • - * ‣ ◦ ▪ ●}) ≤ 90%;</li>
 *   <li>{@code too_many_ellipsis_lines}: lines ending with an ellipsis ≤ 30%;</li>
 *   <li>{@code too_few_alpha_words}: tokens holding at least one letter ≥ 80%;</li>
 *   <li>{@code too_few_stop_words}: at least 2 occurrences of the stop words
 *       {@code the be to of and that have with} (case ignored).</li>
 * </ol>
 *
 * <p>As in datatrove, "per token" and the letter share count all tokens, punctuation included.
 * Lines are the non-blank lines of {@link Lines} (datatrove counts blank lines too, which lowers
 * its bullet and ellipsis shares on double-spaced text). Figures in meta: {@code words},
 * {@code mean_word_length}, {@code hash_ratio}, {@code ellipsis_ratio}, {@code bullet_lines_ratio},
 * {@code ellipsis_lines_ratio}, {@code alpha_words_ratio}, {@code stop_words}.
 */
public final class GopherQualityFilter extends TextQualityFilter {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "gopher_quality";
    private static final String[] BULLETS = {"•", "-", "*", "‣", "◦", "▪", "●"};

    private final Config c;
    private final WordList stopWords;

    public GopherQualityFilter(Config c) {
        super(NAME, c.field());
        this.c = c;
        this.stopWords = WordList.of(c.stopWords());
    }

    public record Config(
            @Setting(value = "Text field to judge.", defaultValue = "text") String field,
            @Setting(value = "Fewest words (tokens that are not punctuation or symbols only).", defaultValue = "50") long minDocWords,
            @Setting(value = "Most words.", defaultValue = "100000") long maxDocWords,
            @Setting(value = "Smallest mean word length, in characters.", defaultValue = "3") double minAvgWordLength,
            @Setting(value = "Largest mean word length, in characters.", defaultValue = "10") double maxAvgWordLength,
            @Setting(value = "Most '#' characters, and most ellipses, per token.", defaultValue = "0.1") double maxSymbolWordRatio,
            @Setting(value = "Largest share of lines starting with a bullet.", defaultValue = "0.9") double maxBulletLinesRatio,
            @Setting(value = "Largest share of lines ending with an ellipsis.", defaultValue = "0.3") double maxEllipsisLinesRatio,
            @Setting(value = "Smallest share of tokens holding at least one letter.", defaultValue = "0.8") double minAlphaWordsRatio,
            @Setting(value = "Fewest occurrences of stop words.", defaultValue = "2") long minStopWords,
            @Setting(value = "Stop words counted by min_stop_words (case ignored).",
                    defaultValue = "[the, be, to, of, and, that, have, with]") List<String> stopWords,
            @Setting(value = "Also write the measured figures to meta.gopher_quality, on kept records and in dropped-record samples.",
                    defaultValue = "false") boolean recordStats) implements java.io.Serializable {
        public Config {
            field = Checks.field(field);
            Checks.nonNegative("min_doc_words", minDocWords);
            Checks.ordered("min_doc_words", minDocWords, "max_doc_words", maxDocWords);
            Checks.nonNegative("min_avg_word_length", minAvgWordLength);
            Checks.ordered("min_avg_word_length", minAvgWordLength, "max_avg_word_length", maxAvgWordLength);
            Checks.nonNegative("max_symbol_word_ratio", maxSymbolWordRatio);
            Checks.fraction("max_bullet_lines_ratio", maxBulletLinesRatio);
            Checks.fraction("max_ellipsis_lines_ratio", maxEllipsisLinesRatio);
            Checks.fraction("min_alpha_words_ratio", minAlphaWordsRatio);
            Checks.nonNegative("min_stop_words", minStopWords);
            stopWords = stopWords == null ? List.of() : List.copyOf(stopWords);
            if (minStopWords > 0 && stopWords.isEmpty()) {
                throw new IllegalArgumentException("'stop_words' is empty but 'min_stop_words' is " + minStopWords
                        + "; list stop words or set min_stop_words: 0");
            }
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super(NAME, "Drops texts failing Gopher's quality heuristics (word count and length, symbols, bullets, stop words).",
                    Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new GopherQualityFilter(config).asOperator(config.recordStats());
        }
    }

    @Override
    void judge(String text, Judgement j) {
        Tokens t = Tokens.of(text);
        int words = t.wordCount();
        if (j.check("words", words, words < c.minDocWords(), "too_few_words")) return;
        if (j.check("words", words, words > c.maxDocWords(), "too_many_words")) return;

        long letters = 0;
        int alphaTokens = 0;
        int stops = 0;
        for (int i = 0; i < t.size(); i++) {
            if (!t.isSymbolOnly(i)) letters += t.length(i);
            if (t.hasLetter(i)) alphaTokens++;
            if (stopWords.containsToken(t, i)) stops++;
        }
        double meanLength = Checks.ratio(letters, words);
        if (j.check("mean_word_length", meanLength, meanLength < c.minAvgWordLength(), "short_words")) return;
        if (j.check("mean_word_length", meanLength, meanLength > c.maxAvgWordLength(), "long_words")) return;

        double hashes = Checks.ratio(TextCounts.count(text, '#'), t.size());
        if (j.check("hash_ratio", hashes, hashes > c.maxSymbolWordRatio(), "too_many_hashes")) return;
        double ellipses = Checks.ratio(TextCounts.count(text, "...") + TextCounts.count(text, '…'), t.size());
        if (j.check("ellipsis_ratio", ellipses, ellipses > c.maxSymbolWordRatio(), "too_many_ellipses")) return;

        Lines lines = Lines.of(text);
        int bullets = 0;
        int ellipsisEnds = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (startsWithBullet(lines, i)) bullets++;
            if (lines.endsWith(i, "...") || lines.endsWith(i, "…")) ellipsisEnds++;
        }
        double bulletShare = Checks.ratio(bullets, lines.size());
        if (j.check("bullet_lines_ratio", bulletShare, bulletShare > c.maxBulletLinesRatio(), "too_many_bullet_lines")) return;
        double ellipsisShare = Checks.ratio(ellipsisEnds, lines.size());
        if (j.check("ellipsis_lines_ratio", ellipsisShare, ellipsisShare > c.maxEllipsisLinesRatio(), "too_many_ellipsis_lines")) {
            return;
        }

        double alphaShare = t.size() == 0 ? 0 : (double) alphaTokens / t.size();
        if (j.check("alpha_words_ratio", alphaShare, alphaShare < c.minAlphaWordsRatio(), "too_few_alpha_words")) return;
        j.check("stop_words", stops, stops < c.minStopWords(), "too_few_stop_words");
    }

    private static boolean startsWithBullet(Lines lines, int i) {
        for (String b : BULLETS) if (lines.startsWith(i, b)) return true;
        return false;
    }
}
