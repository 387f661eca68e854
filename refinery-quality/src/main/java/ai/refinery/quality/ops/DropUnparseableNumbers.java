package ai.refinery.quality.ops;

import ai.refinery.core.ops.FieldNames;
import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.record.Record;
import java.util.List;

/**
 * Drops records with a value that does not parse as a number, with the reason
 * {@code unparseable_number:<first such field>}; null, absent and blank values are kept. The
 * companion of {@code parse_numbers}, which as a mapper cannot drop: give both the same settings,
 * this one first.
 */
public final class DropUnparseableNumbers implements RecordFilter {
    private static final long serialVersionUID = 1L;

    private final List<String> fields;
    private final List<String> reasons;
    private final NumberParser parser;

    public DropUnparseableNumbers(Config c) {
        this.fields = c.fields();
        this.reasons = List.copyOf(fields.stream().map(f -> "unparseable_number:" + f).toList());
        this.parser = NumberParser.of(c);
    }

    public record Config(
            @Setting("Fields holding numbers.") List<String> fields,
            @Setting(value = NumberFormatSettings.TYPE_DOC, defaultValue = "double") NumberFormatSettings.NumberType type,
            @Setting(value = NumberFormatSettings.LOCALE_DOC, defaultValue = "en") String locale,
            @Setting(value = NumberFormatSettings.DECIMAL_DOC, optional = true) String decimalSeparator,
            @Setting(value = NumberFormatSettings.GROUPING_DOC, optional = true) String groupingSeparator,
            @Setting(value = NumberFormatSettings.CURRENCY_DOC, defaultValue = "true") boolean currency,
            @Setting(value = NumberFormatSettings.PERCENT_DOC, defaultValue = "divide") NumberFormatSettings.Percent percent,
            @Setting(value = NumberFormatSettings.PARENTHESES_DOC, defaultValue = "false") boolean parentheses) implements NumberFormatSettings {
        public Config {
            fields = FieldNames.requireSome(fields, "fields");
            new NumberParser(type, locale, decimalSeparator, groupingSeparator, currency, percent, parentheses); // validates them
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("drop_unparseable_numbers", "Drops records with a value that does not parse as a number (reason unparseable_number:<field>).",
                    Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new DropUnparseableNumbers(config);
        }
    }

    @Override
    public String dropReason(Record record) {
        for (int i = 0; i < fields.size(); i++) {
            Object v = record.get(fields.get(i));
            if (v != null && parser.parse(v).problem() != null) return reasons.get(i);
        }
        return KEEP;
    }
}
