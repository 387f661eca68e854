package ai.refinery.text.extract;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the Date header leniently, as RFC 5322 section 4.3 asks of readers: an optional weekday,
 * day, month name, 2-, 3- or 4-digit year, time with or without seconds, and a numeric, named
 * (GMT, EST, ...) or missing zone; comments such as {@code (EDT)} are ignored, and the asctime order
 * ({@code Wed Aug 21 20:31:57 2002}) and numeric dates ({@code 2002/09/14 Sat 02:29:32 CDT}) some
 * mailers write are accepted. The offset is kept.
 */
final class MailDate {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    /** RFC 5322 obsolete zone names; unknown ones mean an unknown zone, read as UTC (-0000). */
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("z", 0),
            Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6), Map.entry("cdt", -5),
            Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8), Map.entry("pdt", -7));

    private MailDate() {}

    /** The date as ISO-8601 ({@code 2002-08-21T20:31:57-04:00}), or null when it cannot be read. */
    static String toIso(String value) {
        if (value == null || value.length() > 200) return null;
        int day = -1;
        int month = -1;
        int year = -1;
        int[] time = null;
        ZoneOffset offset = null;
        List<String> numbers = new ArrayList<>(2);
        for (String t : tokens(value)) {
            if (time == null && t.indexOf(':') > 0) {
                time = time(t);
                if (time == null) return null;
            } else if (offset == null && time != null && (zone(t) != null || isNumericZone(t))) {
                offset = zone(t) != null ? zone(t) : ZoneOffset.UTC; // -1900 and the like: an unknown zone, as -0000
            } else if (month < 0 && month(t) > 0) {
                month = month(t);
            } else if (isDigits(t)) {
                numbers.add(t);
            } else if (year < 0 && (t.indexOf('/') > 0 || t.indexOf('-') > 0)) { // 2002/09/14 or 2002-09-14
                String[] p = t.split("[/-]", -1);
                if (p.length != 3 || p[0].length() != 4 || !isDigits(p[0]) || !isDigits(p[1]) || !isDigits(p[2])) return null;
                year = Integer.parseInt(p[0]);
                month = Integer.parseInt(p[1]);
                day = Integer.parseInt(p[2]);
            } else if (!isLetters(t)) {
                return null; // weekdays and unknown zone names are letters; anything else is not a date
            }
        }
        if (year < 0) {
            if (numbers.size() != 2) return null;
            // RFC 5322 writes day then year; asctime writes them the other way round but with a 4-digit year
            boolean yearFirst = numbers.get(0).length() >= 3;
            day = Integer.parseInt(numbers.get(yearFirst ? 1 : 0));
            year = year(numbers.get(yearFirst ? 0 : 1));
        } else if (!numbers.isEmpty()) {
            return null;
        }
        if (month <= 0 || time == null || year < 0 || day < 0) return null;
        try {
            return ISO.format(OffsetDateTime.of(year, month, day, time[0], time[1], Math.min(time[2], 59), 0,
                    offset == null ? ZoneOffset.UTC : offset));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isNumericZone(String s) {
        return s.length() == 5 && (s.charAt(0) == '+' || s.charAt(0) == '-') && isDigits(s.substring(1));
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 4) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isLetter(s.charAt(i))) return false;
        return true;
    }

    /** Words of the value with comments, commas and a trailing period removed. */
    private static List<String> tokens(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int comment = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(') comment++;
            else if (c == ')' && comment > 0) comment--;
            else if (comment > 0) continue;
            else if (c == ' ' || c == '\t' || c == ',' || c == '\r' || c == '\n') flush(cur, out);
            else cur.append(c);
            if (c == '(' || c == ')') flush(cur, out);
        }
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (cur.length() > 0) out.add(cur.toString());
        cur.setLength(0);
    }

    /** 1-12, or 0 when not a month name. */
    private static int month(String s) {
        if (s.length() < 3 || !isLetters(s)) return 0;
        return MONTHS.indexOf(s.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    /** Two-digit years: 00-49 are 20xx and 50-99 are 19xx; three-digit years count from 1900. */
    private static int year(String s) {
        if (!isDigits(s) || s.length() < 2) return -1;
        int y = Integer.parseInt(s);
        if (s.length() == 2) return y < 50 ? 2000 + y : 1900 + y;
        if (s.length() == 3) return 1900 + y;
        return y;
    }

    /** [hour, minute, second] of h:mm or h:mm:ss, or null. */
    private static int[] time(String s) {
        String[] p = s.split(":", -1);
        if (p.length < 2 || p.length > 3) return null;
        int[] v = new int[3];
        for (int k = 0; k < p.length; k++) {
            if (p[k].length() > 2 || !isDigits(p[k])) return null;
            v[k] = Integer.parseInt(p[k]);
        }
        return v;
    }

    /** +hhmm / -hhmm or a zone name; null when unknown. */
    private static ZoneOffset zone(String s) {
        if (isNumericZone(s)) {
            int h = Integer.parseInt(s.substring(1, 3));
            int m = Integer.parseInt(s.substring(3, 5));
            if (m > 59) return null;
            try {
                int sign = s.charAt(0) == '-' ? -1 : 1;
                return ZoneOffset.ofHoursMinutes(sign * h, sign * m);
            } catch (DateTimeException e) {
                return null;
            }
        }
        Integer h = ZONES.get(s.toLowerCase(Locale.ROOT));
        return h == null ? null : ZoneOffset.ofHours(h);
    }
}
