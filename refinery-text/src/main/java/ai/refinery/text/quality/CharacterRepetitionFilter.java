package ai.refinery.text.quality;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.text.words.Hash61;
import ai.refinery.text.words.HashCounts;
import java.util.Arrays;

/**
 * Keeps texts whose character repetition ratio is within bounds, as Data-Juicer's
 * {@code character_repetition_filter} (after BigScience's ROOTS filters; defaults {@code rep_len}
 * 10 and maximum 0.5, its defaults). Over all character n-grams (code points, white space
 * included), with d distinct n-grams of which r occur more than once, the ratio is the summed
 * counts of the min(⌊√d⌋, r) most frequent n-grams over the number of n-grams. A text shorter
 * than {@code rep_len} has ratio 0.
 *
 * <p>N-grams are hashed with a rolling hash ({@link Hash61}), one probe each. To bound memory,
 * only the first {@code max_chars} characters are measured (the table costs about 24 bytes per
 * distinct n-gram). Drop reasons {@code below_min_ratio} and {@code above_max_ratio}; figure
 * {@code char_rep_ratio}.
 */
public final class CharacterRepetitionFilter extends TextQualityFilter {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "character_repetition";

    private final Config c;

    public CharacterRepetitionFilter(Config c) {
        super(NAME, c.field());
        this.c = c;
    }

    public record Config(
            @Setting(value = "Text field to judge.", defaultValue = "text") String field,
            @Setting(value = "Characters per n-gram.", defaultValue = "10") long repLen,
            @Setting(value = "Smallest repetition ratio.", defaultValue = "0.0") double minRatio,
            @Setting(value = "Largest repetition ratio.", defaultValue = "0.5") double maxRatio,
            @Setting(value = "Characters measured at most, from the start of the text (bounds memory).", defaultValue = "1000000")
            long maxChars,
            @Setting(value = "Also write the ratio to meta.character_repetition, on kept records and in dropped-record samples.",
                    defaultValue = "false") boolean recordStats) implements java.io.Serializable {
        public Config {
            field = Checks.field(field);
            Checks.ngramSize("rep_len", repLen, 1000);
            Checks.ratioBounds(minRatio, maxRatio);
            if (maxChars < repLen || maxChars > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("'max_chars' must be between rep_len (" + repLen + ") and "
                        + Integer.MAX_VALUE + ", not " + maxChars);
            }
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super(NAME, "Drops texts whose share of repeated character n-grams is out of bounds.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new CharacterRepetitionFilter(config).asOperator(config.recordStats());
        }
    }

    @Override
    void judge(String text, Judgement j) {
        j.checkRatio("char_rep_ratio", ratio(text), c.minRatio(), c.maxRatio());
    }

    double ratio(String text) {
        int n = (int) c.repLen();
        int[] cps = text.codePoints().limit(c.maxChars()).toArray();
        int windows = cps.length - n + 1;
        if (windows <= 0) return 0;
        HashCounts counts = new HashCounts(windows, false);
        long top = Hash61.pow(n - 1);
        long h = 0;
        for (int i = 0; i < n; i++) h = Hash61.add(Hash61.mul(h, Hash61.BASE), cps[i] + 1L);
        counts.add(h, 0);
        for (int i = 1; i < windows; i++) {
            h = Hash61.sub(h, Hash61.mul(cps[i - 1] + 1L, top));
            h = Hash61.add(Hash61.mul(h, Hash61.BASE), cps[i + n - 1] + 1L);
            counts.add(h, i);
        }
        int[] freq = counts.counts();
        int repeated = 0;
        for (int f : freq) if (f > 1) repeated++;
        int k = Math.min((int) Math.sqrt(freq.length), repeated);
        if (k == 0) return 0;
        Arrays.sort(freq);
        long sum = 0;
        for (int i = freq.length - k; i < freq.length; i++) sum += freq[i];
        return (double) sum / windows;
    }
}
