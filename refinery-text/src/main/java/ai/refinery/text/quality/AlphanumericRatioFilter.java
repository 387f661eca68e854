package ai.refinery.text.quality;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.text.words.CharClass;

/**
 * Keeps texts whose share of letters and digits among all characters (code points) is within
 * bounds, as Data-Juicer's {@code alphanumeric_filter} by characters (default minimum 0.25, its
 * default). An empty text has share 0. Drop reasons {@code below_min_ratio} and
 * {@code above_max_ratio}; figure {@code alphanumeric_ratio}.
 */
public final class AlphanumericRatioFilter extends TextQualityFilter {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "alphanumeric_ratio";

    private final Config c;

    public AlphanumericRatioFilter(Config c) {
        super(NAME, c.field());
        this.c = c;
    }

    public record Config(
            @Setting(value = "Text field to judge.", defaultValue = "text") String field,
            @Setting(value = "Smallest share of letters and digits.", defaultValue = "0.25") double minRatio,
            @Setting(value = "Largest share of letters and digits.", defaultValue = "1.0") double maxRatio,
            @Setting(value = "Also write the ratio to meta.alphanumeric_ratio, on kept records and in dropped-record samples.",
                    defaultValue = "false") boolean recordStats) implements java.io.Serializable {
        public Config {
            field = Checks.field(field);
            Checks.ratioBounds(minRatio, maxRatio);
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super(NAME, "Drops texts whose share of letters and digits is out of bounds.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new AlphanumericRatioFilter(config).asOperator(config.recordStats());
        }
    }

    @Override
    void judge(String text, Judgement j) {
        j.checkRatio("alphanumeric_ratio", CharClass.share(text, CharClass::isAlphanumeric), c.minRatio(), c.maxRatio());
    }
}
