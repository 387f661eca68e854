package ai.refinery.quality.ops;

import ai.refinery.core.ops.FieldNames;
import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import java.util.List;

/**
 * Unifies numbers written for people ({@code 1.234,5}, {@code $1,200}, {@code 12 %},
 * {@code (300)}) into longs or doubles (see {@link NumberParser}). Blank text becomes null; numbers
 * already typed are converted to the target type. A value that does not parse is quarantined, set
 * to null or kept ({@code on_error}); to drop such records with the reason
 * {@code unparseable_number:<field>}, put {@code drop_unparseable_numbers} with the same settings first.
 */
public final class ParseNumbers implements RecordMapper {
    private static final long serialVersionUID = 1L;

    private final List<String> fields;
    private final NumberParser parser;
    private final OnError onError;
    private final String localeTag;

    public ParseNumbers(Config c) {
        this.fields = c.fields();
        this.parser = NumberParser.of(c);
        this.onError = c.onError();
        this.localeTag = c.locale();
    }

    public record Config(
            @Setting("Fields holding numbers.") List<String> fields,
            @Setting(value = NumberFormatSettings.TYPE_DOC, defaultValue = "double") NumberFormatSettings.NumberType type,
            @Setting(value = NumberFormatSettings.LOCALE_DOC, defaultValue = "en") String locale,
            @Setting(value = NumberFormatSettings.DECIMAL_DOC, optional = true) String decimalSeparator,
            @Setting(value = NumberFormatSettings.GROUPING_DOC, optional = true) String groupingSeparator,
            @Setting(value = NumberFormatSettings.CURRENCY_DOC, defaultValue = "true") boolean currency,
            @Setting(value = NumberFormatSettings.PERCENT_DOC, defaultValue = "divide") NumberFormatSettings.Percent percent,
            @Setting(value = NumberFormatSettings.PARENTHESES_DOC, defaultValue = "false") boolean parentheses,
            @Setting(value = "What to do with a value that does not parse: quarantine the record, set_null the field, or keep it as it is.",
                    defaultValue = "quarantine")
            OnError onError) implements NumberFormatSettings {
        public Config {
            fields = FieldNames.requireSome(fields, "fields");
            if (onError == null) onError = OnError.QUARANTINE;
            new NumberParser(type, locale, decimalSeparator, groupingSeparator, currency, percent, parentheses); // validates them
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("parse_numbers", "Reads numbers with locale separators, currency, percent and parentheses into longs or doubles.",
                    Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new ParseNumbers(config);
        }
    }

    @Override
    public Record map(Record record) {
        return FieldRewrite.apply(record, fields, (field, v) -> {
            NumberParser.Outcome o = parser.parse(v);
            return o.problem() == null ? o.value() : onError(field, v, o.problem());
        });
    }

    private Object onError(String field, Object v, String problem) {
        switch (onError) {
            case SET_NULL: return null;
            case KEEP: return v;
            default:
                throw new IllegalArgumentException("field '" + field + "' value " + Shown.value(v) + " is not a number in locale "
                        + localeTag + ": it " + problem + "; fix the data, set locale or the separators, or set on_error: set_null or keep, "
                        + "or drop such records first with drop_unparseable_numbers");
        }
    }
}
