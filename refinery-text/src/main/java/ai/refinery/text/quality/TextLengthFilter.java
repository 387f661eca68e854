package ai.refinery.text.quality;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.text.words.TextCounts;

/**
 * Keeps texts whose length in characters (code points) is within bounds, as Data-Juicer's
 * {@code text_length_filter} (whose default minimum of 10 it takes; no maximum by default). Drop
 * reasons {@code too_short} and {@code too_long}; figure {@code length}.
 */
public final class TextLengthFilter extends TextQualityFilter {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "text_length";

    private final long min;
    private final long max;

    public TextLengthFilter(Config c) {
        super(NAME, c.field());
        this.min = c.minLength();
        this.max = c.maxLength() == null ? Long.MAX_VALUE : c.maxLength();
    }

    public record Config(
            @Setting(value = "Text field to judge.", defaultValue = "text") String field,
            @Setting(value = "Fewest characters.", defaultValue = "10") long minLength,
            @Setting(value = "Most characters; absent means no limit.", optional = true) Long maxLength,
            @Setting(value = "Also write the length to meta.text_length, on kept records and in dropped-record samples.", defaultValue = "false")
            boolean recordStats) implements java.io.Serializable {
        public Config {
            field = Checks.field(field);
            Checks.nonNegative("min_length", minLength);
            if (maxLength != null) Checks.ordered("min_length", minLength, "max_length", maxLength);
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super(NAME, "Drops texts shorter or longer than given numbers of characters.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new TextLengthFilter(config).asOperator(config.recordStats());
        }
    }

    @Override
    void judge(String text, Judgement j) {
        long n = TextCounts.codePoints(text);
        if (j.check("length", n, n < min, "too_short")) return;
        j.check("length", n, n > max, "too_long");
    }
}
