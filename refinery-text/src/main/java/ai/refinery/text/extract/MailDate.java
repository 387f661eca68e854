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
 * ({@code Wed Aug 21 20:31:57 2002}) some mailers write is accepted. The offset is kept.
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
        List<String> t = tokens(value);
        int i = 0;
        if (i < t.size() && isWeekday(t.get(i))) i++;
        int day;
        int month;
        int year;
        int[] time;
        try {
            if (i < t.size() && month(t.get(i)) > 0) { // asctime: Aug 21 20:31:57 2002
                month = month(t.get(i));
                day = Integer.parseInt(t.get(i + 1));
                time = time(t.get(i + 2));
                year = year(t.get(i + 3));
                i += 4;
            } else {
                day = Integer.parseInt(t.get(i));
                month = month(t.get(i + 1));
                year = year(t.get(i + 2));
                time = time(t.get(i + 3));
                i += 4;
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
        if (month <= 0 || time == null || year < 0) return null;
        ZoneOffset offset = i < t.size() ? zone(t.get(i)) : ZoneOffset.UTC;
        if (offset == null) offset = ZoneOffset.UTC;
        try {
            return ISO.format(OffsetDateTime.of(year, month, day, time[0], time[1], Math.min(time[2], 59), 0, offset));
        } catch (DateTimeException e) {
            return null;
        }
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

    private static boolean isWeekday(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.length() >= 3 && List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun").contains(l.substring(0, 3))
                && l.chars().allMatch(Character::isLetter);
    }

    /** 1-12, or 0 when not a month name. */
    private static int month(String s) {
        if (s.length() < 3 || !s.chars().allMatch(Character::isLetter)) return 0;
        return MONTHS.indexOf(s.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    /** Two-digit years: 00-49 are 20xx and 50-99 are 19xx; three-digit years count from 1900. */
    private static int year(String s) {
        if (!s.chars().allMatch(Character::isDigit) || s.length() < 2 || s.length() > 4) return -1;
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
            if (p[k].isEmpty() || p[k].length() > 2 || !p[k].chars().allMatch(Character::isDigit)) return null;
            v[k] = Integer.parseInt(p[k]);
        }
        return v;
    }

    /** +hhmm / -hhmm or a zone name; null when unknown. */
    private static ZoneOffset zone(String s) {
        if ((s.startsWith("+") || s.startsWith("-")) && s.length() == 5 && s.substring(1).chars().allMatch(Character::isDigit)) {
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
