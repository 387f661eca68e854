package ai.refinery.text.quality;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.text.words.Lines;
import ai.refinery.text.words.NGrams;
import ai.refinery.text.words.TextCounts;
import ai.refinery.text.words.Tokens;
import java.util.Map;

/**
 * Gopher's repetition rules (Rae et al. 2021, appendix A.1.1 and table A1), with datatrove's
 * {@code GopherRepetitionFilter} defaults. Shares of characters are over the whole text's length
 * in code points. In the order checked, each drop reason naming its figure:
 *
 * <ol>
 *   <li>{@code dup_para_fraction} ≤ 0.3 and {@code dup_para_char_fraction} ≤ 0.2: paragraphs
 *       (blank-line separated, see {@link Lines}) equal to an earlier one, by count and by
 *       characters;</li>
 *   <li>{@code dup_line_fraction} ≤ 0.3 and {@code dup_line_char_fraction} ≤ 0.2: the same for
 *       non-blank lines (compared without the white space at their ends);</li>
 *   <li>{@code top_N_gram_fraction} for N = 2, 3, 4 ≤ 0.20, 0.18, 0.16: characters of the most
 *       frequent token N-gram (tokens joined by a space) times its count;</li>
 *   <li>{@code duplicated_N_gram_fraction} for N = 5..10 ≤ 0.15, 0.14, 0.13, 0.12, 0.11, 0.10:
 *       characters in N-grams that repeat an earlier one, overlapping repeats counted once.</li>
 * </ol>
 *
 * <p>The n-gram measures follow datatrove's definitions ({@link NGrams}), over all tokens
 * (punctuation included) as datatrove's word splitting gives them, but hash token windows instead
 * of joining strings, so the filter is linear in the text's length. One difference: an n-gram that
 * occurs only once does not count as the "most frequent" one (datatrove counts it, which can drop
 * texts of a few words). An empty text has nothing repeated and passes.
 */
public final class GopherRepetitionFilter extends TextQualityFilter {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "gopher_repetition";

    private final Config c;
    private final NGramThresholds top;
    private final NGramThresholds duplicated;

    public GopherRepetitionFilter(Config c) {
        super(NAME, c.field());
        this.c = c;
        this.top = NGramThresholds.of(c.topNGrams(), "top_", "_gram_fraction");
        this.duplicated = NGramThresholds.of(c.dupNGrams(), "duplicated_", "_gram_fraction");
    }

    public record Config(
            @Setting(value = "Text field to judge.", defaultValue = "text") String field,
            @Setting(value = "Largest share of lines that repeat an earlier line.", defaultValue = "0.3") double dupLineFrac,
            @Setting(value = "Largest share of paragraphs that repeat an earlier paragraph.", defaultValue = "0.3") double dupParaFrac,
            @Setting(value = "Largest share of the text's characters in repeated lines.", defaultValue = "0.2") double dupLineCharFrac,
            @Setting(value = "Largest share of the text's characters in repeated paragraphs.", defaultValue = "0.2") double dupParaCharFrac,
            @Setting(value = "For n-gram sizes, the largest share of characters in the most frequent n-gram.",
                    defaultValue = "{2: 0.20, 3: 0.18, 4: 0.16}") Map<String, Double> topNGrams,
            @Setting(value = "For n-gram sizes, the largest share of characters in repeated n-grams.",
                    defaultValue = "{5: 0.15, 6: 0.14, 7: 0.13, 8: 0.12, 9: 0.11, 10: 0.10}") Map<String, Double> dupNGrams,
            @Setting(value = "Also write the measured figures to meta.gopher_repetition, on kept records and in dropped-record samples.",
                    defaultValue = "false") boolean recordStats) implements java.io.Serializable {
        public Config {
            field = Checks.field(field);
            Checks.fraction("dup_line_frac", dupLineFrac);
            Checks.fraction("dup_para_frac", dupParaFrac);
            Checks.fraction("dup_line_char_frac", dupLineCharFrac);
            Checks.fraction("dup_para_char_frac", dupParaCharFrac);
            topNGrams = NGramThresholds.validate("top_n_grams", topNGrams);
            dupNGrams = NGramThresholds.validate("dup_n_grams", dupNGrams);
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super(NAME, "Drops texts with too many repeated lines, paragraphs or n-grams (Gopher's repetition rules).", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new GopherRepetitionFilter(config).asOperator(config.recordStats());
        }
    }

    @Override
    void judge(String text, Judgement j) {
        long length = TextCounts.codePoints(text);
        Lines lines = Lines.of(text);
        DuplicateSpans paras = DuplicateSpans.ofParagraphs(text, lines);
        double r = Checks.ratio(paras.duplicates, paras.elements);
        if (j.check("dup_para_fraction", r, r > c.dupParaFrac(), "dup_para_fraction")) return;
        r = Checks.ratio(paras.duplicateChars, length);
        if (j.check("dup_para_char_fraction", r, r > c.dupParaCharFrac(), "dup_para_char_fraction")) return;

        DuplicateSpans dupLines = DuplicateSpans.ofLines(text, lines);
        r = Checks.ratio(dupLines.duplicates, dupLines.elements);
        if (j.check("dup_line_fraction", r, r > c.dupLineFrac(), "dup_line_fraction")) return;
        r = Checks.ratio(dupLines.duplicateChars, length);
        if (j.check("dup_line_char_fraction", r, r > c.dupLineCharFrac(), "dup_line_char_fraction")) return;

        Tokens t = Tokens.of(text);
        long[] hashes = t.hashes();
        long[] prefix = NGrams.lengthPrefix(t);
        long[] windows = new long[hashes.length];
        for (int k = 0; k < top.sizes.length; k++) {
            int n = top.sizes[k];
            int count = NGrams.windowHashes(hashes, n, windows);
            r = Checks.ratio(NGrams.topNGramChars(windows, count, prefix, n), length);
            if (j.check(top.figures[k], r, r > top.maxShares[k], top.figures[k])) return;
        }
        for (int k = 0; k < duplicated.sizes.length; k++) {
            int n = duplicated.sizes[k];
            int count = NGrams.windowHashes(hashes, n, windows);
            r = Checks.ratio(NGrams.duplicatedNGramChars(windows, count, prefix, n), length);
            if (j.check(duplicated.figures[k], r, r > duplicated.maxShares[k], duplicated.figures[k])) return;
        }
    }
}
