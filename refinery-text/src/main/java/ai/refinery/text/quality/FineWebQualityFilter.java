package ai.refinery.text.quality;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.text.words.Lines;
import ai.refinery.text.words.Sentences;
import ai.refinery.text.words.TextCounts;
import ai.refinery.text.words.Tokens;

/**
 * FineWeb's own quality rules (Penedo et al. 2024, "The FineWeb Datasets", section 3.5), with the
 * defaults of datatrove's {@code FineWebQualityFilter}. Over the non-blank lines ({@link Lines}),
 * in the order checked, with the drop reasons:
 *
 * <ol>
 *   <li>{@code empty}: no non-blank line;</li>
 *   <li>{@code line_punct_ratio}: lines ending in terminal punctuation ({@link Sentences#isTerminal})
 *       &lt; 12% (unless the share is 0 and {@code line_punct_exclude_zero} is set);</li>
 *   <li>{@code short_line_ratio}: lines of at most 30 characters &gt; 67%;</li>
 *   <li>{@code char_dup_ratio}: characters in lines repeating an earlier line &gt; 1% of the
 *       text's characters other than LF;</li>
 *   <li>{@code list_ratio}: LF characters per token &gt; 0.3 (a list rather than prose).</li>
 * </ol>
 *
 * <p>Lines are judged without the white space at their ends (datatrove keeps it, so a line ending
 * in ". " does not count as punctuated there). Figures in meta carry the same names.
 */
public final class FineWebQualityFilter extends TextQualityFilter {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "fineweb_quality";

    private final Config c;

    public FineWebQualityFilter(Config c) {
        super(NAME, c.field());
        this.c = c;
    }

    public record Config(
            @Setting(value = "Text field to judge.", defaultValue = "text") String field,
            @Setting(value = "Smallest share of lines ending in terminal punctuation.", defaultValue = "0.12") double linePunctThr,
            @Setting(value = "Do not drop texts where no line ends in terminal punctuation.", defaultValue = "false")
            boolean linePunctExcludeZero,
            @Setting(value = "Largest share of short lines.", defaultValue = "0.67") double shortLineThr,
            @Setting(value = "Length in characters up to which a line is short.", defaultValue = "30") long shortLineLength,
            @Setting(value = "Largest share of characters in repeated lines.", defaultValue = "0.01") double charDuplicatesRatio,
            @Setting(value = "Most line feeds per token.", defaultValue = "0.3") double newLineRatio,
            @Setting(value = "Also write the measured figures to meta.fineweb_quality, on kept records and in dropped-record samples.",
                    defaultValue = "false") boolean recordStats) implements java.io.Serializable {
        public Config {
            field = Checks.field(field);
            Checks.fraction("line_punct_thr", linePunctThr);
            Checks.fraction("short_line_thr", shortLineThr);
            Checks.nonNegative("short_line_length", shortLineLength);
            Checks.fraction("char_duplicates_ratio", charDuplicatesRatio);
            Checks.nonNegative("new_line_ratio", newLineRatio);
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super(NAME, "Drops texts failing FineWeb's rules (punctuated lines, short lines, repeated lines, list-like text).",
                    Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new FineWebQualityFilter(config).asOperator(config.recordStats());
        }
    }

    @Override
    void judge(String text, Judgement j) {
        Lines lines = Lines.of(text);
        int n = lines.size();
        if (j.check("lines", n, n == 0, "empty")) return;
        int punctuated = 0;
        int shortLines = 0;
        for (int i = 0; i < n; i++) {
            if (Sentences.isTerminal(lines.lastCodePoint(i))) punctuated++;
            if (lines.length(i) <= c.shortLineLength()) shortLines++;
        }
        double r = (double) punctuated / n;
        boolean fails = r < c.linePunctThr() && !(r == 0 && c.linePunctExcludeZero());
        if (j.check("line_punct_ratio", r, fails, "line_punct_ratio")) return;
        r = (double) shortLines / n;
        if (j.check("short_line_ratio", r, r > c.shortLineThr(), "short_line_ratio")) return;
        DuplicateSpans dups = DuplicateSpans.ofLines(text, lines);
        r = Checks.ratio(dups.duplicateChars, TextCounts.codePoints(text) - lines.newlineCount());
        if (j.check("char_dup_ratio", r, r > c.charDuplicatesRatio(), "char_dup_ratio")) return;
        r = Checks.ratio(lines.newlineCount(), Tokens.of(text).size());
        j.check("list_ratio", r, r > c.newLineRatio(), "list_ratio");
    }
}
