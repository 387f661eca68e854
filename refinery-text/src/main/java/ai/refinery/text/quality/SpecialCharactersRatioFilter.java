package ai.refinery.text.quality;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.text.words.CharClass;

/**
 * Keeps texts whose share of special characters among all characters (code points) is within
 * bounds, as Data-Juicer's {@code special_characters_filter} (default maximum 0.25, its default). A
 * character is special unless it is a letter or a combining mark: digits, white space,
 * punctuation, symbols, emoji, control characters and lone surrogates are special (Data-Juicer
 * lists them explicitly; this is the Unicode-wide form of its list). An empty text has share 0.
 * Drop reasons {@code below_min_ratio} and {@code above_max_ratio}; figure {@code special_ratio}.
 */
public final class SpecialCharactersRatioFilter extends TextQualityFilter {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "special_characters_ratio";

    private final Config c;

    public SpecialCharactersRatioFilter(Config c) {
        super(NAME, c.field());
        this.c = c;
    }

    public record Config(
            @Setting(value = "Text field to judge.", defaultValue = "text") String field,
            @Setting(value = "Smallest share of special characters.", defaultValue = "0.0") double minRatio,
            @Setting(value = "Largest share of special characters.", defaultValue = "0.25") double maxRatio,
            @Setting(value = "Also write the ratio to meta.special_characters_ratio, on kept records and in dropped-record samples.",
                    defaultValue = "false") boolean recordStats) implements java.io.Serializable {
        public Config {
            field = Checks.field(field);
            Checks.ratioBounds(minRatio, maxRatio);
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super(NAME, "Drops texts whose share of digits, punctuation, symbols and white space is out of bounds.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new SpecialCharactersRatioFilter(config).asOperator(config.recordStats());
        }
    }

    @Override
    void judge(String text, Judgement j) {
        j.checkRatio("special_ratio", CharClass.share(text, SpecialCharactersRatioFilter::isSpecial), c.minRatio(), c.maxRatio());
    }

    static boolean isSpecial(int cp) {
        if (cp < 0x80) return !(cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z');
        if (Character.isLetter(cp)) return false;
        int type = Character.getType(cp);
        return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK;
    }
}
