package ai.refinery.quality.ops;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * Writes parsed dates in one format, in one zone. Names: {@code iso} (the date {@code 2024-03-01}
 * for values written without a time, else the local date-time {@code 2024-03-01T10:15:00}),
 * {@code iso_date}, {@code iso_date_time}, {@code iso_offset_date_time}
 * ({@code 2024-03-01T10:15:00+01:00}), {@code iso_instant} ({@code 2024-03-01T09:15:00Z}),
 * {@code rfc_1123}, {@code epoch_seconds} and {@code epoch_millis} (numbers); anything else is a
 * {@link DateTimeFormatter} pattern.
 */
final class DateOutput implements Serializable {
    private static final long serialVersionUID = 1L;
    static final List<String> NAMES = List.of("iso", "iso_date", "iso_date_time", "iso_offset_date_time", "iso_instant",
            "rfc_1123", "epoch_seconds", "epoch_millis");

    private final String spec;
    private final String zoneId;
    private final String localeTag;
    private final transient ZoneId zone;
    /** Null for iso (chosen per value) and for the epoch outputs. */
    private final transient DateTimeFormatter formatter;

    /** @throws IllegalArgumentException naming the setting when the output, zone or locale is not valid */
    DateOutput(String spec, String zoneId, String localeTag) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("'output' must be a format such as iso, iso_date or dd.MM.uuuu; names: " + NAMES);
        }
        this.spec = spec;
        this.zoneId = zoneId;
        this.localeTag = localeTag;
        this.zone = zone(zoneId);
        this.formatter = formatter(spec, Locales.parse(localeTag, "locale"));
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException("'zone' must be a time zone such as UTC, Europe/Berlin or +02:00, not '" + id + "'");
        }
    }

    private static DateTimeFormatter formatter(String spec, Locale locale) {
        switch (spec) {
            case "iso": case "epoch_seconds": case "epoch_millis": return null;
            case "iso_date": return DateTimeFormatter.ISO_LOCAL_DATE;
            case "iso_date_time": return DateTimeFormatter.ISO_LOCAL_DATE_TIME;
            case "iso_offset_date_time": return DateTimeFormatter.ISO_OFFSET_DATE_TIME;
            case "iso_instant": return DateTimeFormatter.ISO_INSTANT;
            case "rfc_1123": return DateTimeFormatter.RFC_1123_DATE_TIME;
            default:
                try {
                    return DateTimeFormatter.ofPattern(spec, locale);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'output' has the invalid pattern '" + spec + "' (" + e.getMessage()
                            + "); write a java.time pattern such as dd.MM.uuuu or one of " + NAMES, e);
                }
        }
    }

    /**
     * The parsed value written in this format: a string, or a long for the epoch outputs.
     *
     * @throws DateTimeException when the value cannot be written so (e.g. beyond the range of epoch millis)
     */
    Object write(TemporalAccessor parsed) {
        ZonedDateTime t = DateParser.inZone(parsed, zone);
        switch (spec) {
            case "epoch_seconds": return t.toEpochSecond();
            case "epoch_millis":
                try {
                    return t.toInstant().toEpochMilli();
                } catch (ArithmeticException e) {
                    throw new DateTimeException("beyond the range of epoch_millis");
                }
            case "iso":
                return (DateParser.hasTime(parsed) ? DateTimeFormatter.ISO_LOCAL_DATE_TIME : DateTimeFormatter.ISO_LOCAL_DATE).format(t);
            default: return formatter.format(t);
        }
    }

    private Object readResolve() {
        return new DateOutput(spec, zoneId, localeTag);
    }
}
