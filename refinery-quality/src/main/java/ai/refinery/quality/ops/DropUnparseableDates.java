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
 * Drops records with a value that none of the accepted formats reads, with the reason
 * {@code unparseable_date:<first such field>}; null and absent values are kept (that is
 * {@code require_fields}' job). The companion of {@code parse_dates}, which as a mapper cannot
 * drop: give both the same fields, formats and locale, this one first.
 */
public final class DropUnparseableDates implements RecordFilter {
    private static final long serialVersionUID = 1L;

    private final List<String> fields;
    private final List<String> reasons;
    private final DateParser parser;

    public DropUnparseableDates(Config c) {
        this.fields = c.fields();
        this.reasons = List.copyOf(fields.stream().map(f -> "unparseable_date:" + f).toList());
        this.parser = new DateParser(c.formats(), c.locale(), "formats");
    }

    public record Config(
            @Setting("Fields holding dates or times.") List<String> fields,
            @Setting(value = ParseDates.FORMATS_DOC, defaultValue = "[iso]") List<String> formats,
            @Setting(value = ParseDates.LOCALE_DOC, defaultValue = "en") String locale) {
        public Config {
            fields = FieldNames.requireSome(fields, "fields");
            formats = formats == null ? List.of("iso") : List.copyOf(formats);
            new DateParser(formats, locale, "formats"); // validates formats and locale
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("drop_unparseable_dates", "Drops records with a date none of the given formats reads (reason unparseable_date:<field>).",
                    Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new DropUnparseableDates(config);
        }
    }

    @Override
    public String dropReason(Record record) {
        for (int i = 0; i < fields.size(); i++) {
            Object v = record.get(fields.get(i));
            if (v != null && parser.parse(v) == null) return reasons.get(i);
        }
        return KEEP;
    }
}
