package ai.refinery.quality.ops;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads date and time values by a list of accepted formats; the first format that reads the whole
 * value wins. A format is a {@link DateTimeFormatter} pattern (resolved strictly: {@code 31/02/2024}
 * is refused, not moved to March) or one of the names {@code iso} (ISO-8601 date, local date-time,
 * or date-time with offset and optional zone), {@code rfc_1123} ({@code Tue, 3 Jun 2008 11:05:30 GMT}),
 * {@code basic_iso} ({@code 20080603}), {@code epoch_seconds} and {@code epoch_millis} (numbers, or
 * texts of digits, since 1970-01-01T00:00Z). Month and day names are read case-insensitively in the
 * given locale.
 */
final class DateParser implements Serializable {
    private static final long serialVersionUID = 1L;
    static final List<String> NAMES = List.of("iso", "rfc_1123", "basic_iso", "epoch_seconds", "epoch_millis");
    private static final Pattern EPOCH_TEXT = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private final List<String> formats;
    private final String localeTag;
    /** Rebuilt on deserialization (formatters are not serializable): see {@link #readResolve}. */
    private final transient List<Format> compiled;

    /** @throws IllegalArgumentException naming the setting when a format or the locale is not valid */
    DateParser(List<String> formats, String localeTag, String setting) {
        if (formats == null || formats.isEmpty()) {
            throw new IllegalArgumentException("'" + setting + "' must list at least one format, e.g. " + setting + ": [iso, dd/MM/uuuu]");
        }
        Locale locale = Locales.parse(localeTag, "locale");
        this.formats = List.copyOf(formats);
        this.localeTag = localeTag;
        List<Format> list = new ArrayList<>();
        for (String f : formats) list.add(compile(f, locale, setting));
        this.compiled = List.copyOf(list);
    }

    List<String> formats() {
        return formats;
    }

    /**
     * The value as a {@link LocalDate}, {@link LocalDateTime}, {@link ZonedDateTime} or
     * {@link Instant}, or null when no format reads it.
     */
    TemporalAccessor parse(Object value) {
        for (Format f : compiled) {
            TemporalAccessor t = f.parse(value);
            if (t != null) return t;
        }
        return null;
    }

    /**
     * Why no format read {@code value}: the reason of the first format that recognized its shape
     * but found an impossible date (e.g. "Invalid date 'FEBRUARY 31'"), else empty.
     */
    String whyNot(Object value) {
        if (!(value instanceof String s)) return "";
        for (Format f : compiled) {
            String why = f.invalidDate(s);
            if (why != null) return " (" + f.name + ": " + why + ")";
        }
        return "";
    }

    private Object readResolve() {
        return new DateParser(formats, localeTag, "formats");
    }

    /** The value in {@code zone}: dates at the start of their day, local date-times as written there, others converted. */
    static ZonedDateTime inZone(TemporalAccessor t, ZoneId zone) {
        if (t instanceof LocalDate d) return d.atStartOfDay(zone);
        if (t instanceof LocalDateTime dt) return dt.atZone(zone);
        if (t instanceof ZonedDateTime z) return z.withZoneSameInstant(zone);
        return ((Instant) t).atZone(zone);
    }

    /** Whether the value as written has a time of day (a date alone has not). */
    static boolean hasTime(TemporalAccessor t) {
        return !(t instanceof LocalDate);
    }

    private static Format compile(String spec, Locale locale, String setting) {
        switch (spec) {
            case "iso":
                return new Format(spec, List.of(DateTimeFormatter.ISO_DATE_TIME, DateTimeFormatter.ISO_DATE), 0);
            case "rfc_1123":
                return new Format(spec, List.of(DateTimeFormatter.RFC_1123_DATE_TIME), 0);
            case "basic_iso":
                return new Format(spec, List.of(DateTimeFormatter.BASIC_ISO_DATE), 0);
            case "epoch_seconds":
                return new Format(spec, List.of(), 0);
            case "epoch_millis":
                return new Format(spec, List.of(), 3);
            default:
                return new Format(spec, List.of(pattern(spec, locale, setting)), 0);
        }
    }

    /** A strict formatter of {@code pattern}; the era defaults to AD so that 'yyyy' works strictly as well as 'uuuu'. */
    static DateTimeFormatter pattern(String pattern, Locale locale, String setting) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("'" + setting + "' contains an empty format; use a pattern such as dd/MM/uuuu or one of " + NAMES);
        }
        try {
            return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                    .parseDefaulting(ChronoField.ERA, 1).toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + setting + "' has the invalid pattern '" + pattern + "' (" + e.getMessage()
                    + "); write a java.time pattern such as dd/MM/uuuu HH:mm or one of " + NAMES, e);
        }
    }

    /** One accepted format: formatters tried in order, or (with none) epoch numbers of 10^-scale seconds. */
    private static final class Format {
        final String name;
        final List<DateTimeFormatter> formatters;
        final int epochScale;

        Format(String name, List<DateTimeFormatter> formatters, int epochScale) {
            this.name = name;
            this.formatters = formatters;
            this.epochScale = epochScale;
        }

        TemporalAccessor parse(Object value) {
            if (formatters.isEmpty()) return epoch(value);
            if (!(value instanceof String s)) return null;
            for (DateTimeFormatter f : formatters) {
                try {
                    return f.parseBest(s.strip(), ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
                } catch (DateTimeParseException e) {
                    // try the next formatter
                }
            }
            return null;
        }

        /** The resolver's complaint when the text has this format's shape but names no real date, else null. */
        String invalidDate(String s) {
            for (DateTimeFormatter f : formatters) {
                try {
                    f.parseBest(s.strip(), ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
                } catch (DateTimeParseException e) {
                    if (e.getCause() != null) return e.getCause().getMessage();
                }
            }
            return null;
        }

        private Instant epoch(Object value) {
            BigDecimal units;
            if (value instanceof Long l) units = BigDecimal.valueOf(l);
            else if (value instanceof Double d && Double.isFinite(d)) units = BigDecimal.valueOf(d);
            else if (value instanceof String s && EPOCH_TEXT.matcher(s.strip()).matches()) units = new BigDecimal(s.strip());
            else return null;
            BigDecimal seconds = units.movePointLeft(epochScale);
            BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
            try {
                long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
                return Instant.ofEpochSecond(whole.longValueExact(), nanos);
            } catch (ArithmeticException | DateTimeException e) {
                return null; // beyond the range of an Instant: not a date
            }
        }
    }
}
