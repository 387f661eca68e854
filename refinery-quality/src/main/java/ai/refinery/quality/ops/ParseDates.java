package ai.refinery.quality.ops;

import ai.refinery.core.ops.FieldNames;
import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import java.time.DateTimeException;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * Unifies date and time values: reads each by the first of the accepted {@code formats} that fits
 * (see {@link DateParser}) and writes it in one {@code output} format, in one {@code zone}. Values
 * without an offset are taken to be in {@code zone}; values with one are converted to it. Null and
 * absent values stay so.
 *
 * <p>A value no format reads is quarantined, set to null or kept ({@code on_error}). A mapper cannot
 * drop a record, so to drop such records with the reason {@code unparseable_date:<field>} put
 * {@code drop_unparseable_dates} with the same fields and formats before this step.
 */
public final class ParseDates implements RecordMapper {
    private static final long serialVersionUID = 1L;

    private final List<String> fields;
    private final DateParser parser;
    private final DateOutput output;
    private final OnError onError;

    public ParseDates(Config c) {
        this.fields = c.fields();
        this.parser = new DateParser(c.formats(), c.locale(), "formats");
        this.output = new DateOutput(c.output(), c.zone(), c.locale());
        this.onError = c.onError();
    }

    static final String FORMATS_DOC = "Accepted input formats, tried in order: java.time patterns (e.g. dd/MM/uuuu HH:mm, d MMM yyyy) "
            + "or iso, rfc_1123, basic_iso, epoch_seconds, epoch_millis.";
    static final String LOCALE_DOC = "Language of month and day names, e.g. en, de, fr.";

    public record Config(
            @Setting("Fields holding dates or times.") List<String> fields,
            @Setting(value = FORMATS_DOC, defaultValue = "[iso]") List<String> formats,
            @Setting(value = "Output format: iso (a date, or a date-time when the value has a time), iso_date, iso_date_time, "
                    + "iso_offset_date_time, iso_instant, rfc_1123, epoch_seconds, epoch_millis, or a java.time pattern.",
                    defaultValue = "iso")
            String output,
            @Setting(value = "Time zone of values written without an offset, and of the output (e.g. UTC, Europe/Berlin, +02:00).",
                    defaultValue = "UTC")
            String zone,
            @Setting(value = LOCALE_DOC, defaultValue = "en") String locale,
            @Setting(value = "What to do with a value no format reads: quarantine the record, set_null the field, or keep it as it is.",
                    defaultValue = "quarantine")
            OnError onError) {
        public Config {
            fields = FieldNames.requireSome(fields, "fields");
            formats = formats == null ? List.of("iso") : List.copyOf(formats);
            if (onError == null) onError = OnError.QUARANTINE;
            new DateParser(formats, locale, "formats"); // validates formats and locale
            new DateOutput(output, zone, locale); // validates output and zone
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("parse_dates", "Reads dates and times in any of the given formats and writes them in one format and zone.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new ParseDates(config);
        }
    }

    @Override
    public Record map(Record record) {
        return FieldRewrite.apply(record, fields, this::write);
    }

    private Object write(String field, Object v) {
        TemporalAccessor parsed = parser.parse(v);
        String problem;
        if (parsed != null) {
            try {
                return output.write(parsed);
            } catch (DateTimeException e) {
                problem = "cannot be written as the output format: " + e.getMessage();
            }
        } else {
            problem = "matches none of the formats " + parser.formats() + parser.whyNot(v);
        }
        switch (onError) {
            case SET_NULL: return null;
            case KEEP: return v;
            default:
                throw new IllegalArgumentException("field '" + field + "' value " + Shown.value(v) + " " + problem
                        + "; add its format to 'formats', or set on_error: set_null or keep, "
                        + "or drop such records first with drop_unparseable_dates");
        }
    }
}
