package ai.refinery.quality.ops;

import ai.refinery.core.record.FieldType;
import ai.refinery.quality.ops.NumberFormatSettings.NumberType;
import ai.refinery.quality.ops.NumberFormatSettings.Percent;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads numbers written for people: grouping and decimal separators of a locale, currency signs
 * and codes, percent signs and accounting parentheses. Strict where lenient parsers guess: grouping
 * must come in threes ({@code 1,5} is not fifteen in {@code en}), nothing may follow the number
 * ({@code 12abc} is refused), and a long must be whole.
 */
final class NumberParser implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Set<String> CURRENCY_CODES = new HashSet<>();

    static {
        for (Currency c : Currency.getAvailableCurrencies()) CURRENCY_CODES.add(c.getCurrencyCode());
    }

    private final NumberType type;
    private final char decimal;
    /** Characters accepted as the grouping separator (one, or its look-alikes); empty for none. */
    private final String grouping;
    private final boolean currency;
    private final Percent percent;
    private final boolean parentheses;

    /** A parsed value or why there is none; both null for blank text (missing, not malformed). */
    record Outcome(Object value, String problem) {
        static final Outcome BLANK = new Outcome(null, null);

        static Outcome failed(String problem) {
            return new Outcome(null, problem);
        }
    }

    static NumberParser of(NumberFormatSettings s) {
        return new NumberParser(s.type(), s.locale(), s.decimalSeparator(), s.groupingSeparator(), s.currency(), s.percent(),
                s.parentheses());
    }

    /** @throws IllegalArgumentException naming the setting that is not valid */
    NumberParser(NumberType type, String localeTag, String decimalSeparator, String groupingSeparator, boolean currency,
                 Percent percent, boolean parentheses) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locales.parse(localeTag, "locale"));
        this.type = type == null ? NumberType.DOUBLE : type;
        this.decimal = decimalSeparator == null ? symbols.getDecimalSeparator() : oneChar(decimalSeparator, "decimal_separator");
        char group = groupingSeparator == null ? symbols.getGroupingSeparator()
                : groupingSeparator.isEmpty() ? 0 : oneChar(groupingSeparator, "grouping_separator");
        if (group == decimal) {
            throw new IllegalArgumentException("decimal and grouping separator are both '" + decimal
                    + "'; set decimal_separator or grouping_separator so that they differ");
        }
        this.grouping = group == 0 ? "" : lookAlikes(group);
        this.currency = currency;
        this.percent = percent == null ? Percent.DIVIDE : percent;
        this.parentheses = parentheses;
    }

    private static char oneChar(String s, String setting) {
        if (s.length() != 1 || Character.isDigit(s.charAt(0)) || "+-eE%()".indexOf(s.charAt(0)) >= 0) {
            throw new IllegalArgumentException("'" + setting + "' must be one character that is not a digit, sign, e, % or parenthesis, not '"
                    + s + "'");
        }
        return s.charAt(0);
    }

    /** Thousands separators that people type interchangeably: spaces (fr uses a narrow no-break space) and apostrophes (de-CH). */
    private static String lookAlikes(char c) {
        if (Character.isSpaceChar(c) || Character.isWhitespace(c)) return " \u00a0\u202f\u2009";
        if (c == '\'' || c == '\u2019') return "'\u2019";
        return String.valueOf(c);
    }

    /** What the separators are, for messages: {@code decimal ',', grouping '.'}. */
    String describe() {
        return "decimal '" + decimal + "', grouping " + (grouping.isEmpty() ? "none" : "'" + grouping.charAt(0) + "'");
    }

    Outcome parse(Object v) {
        if (v instanceof Long || v instanceof Double) return typed(v);
        if (!(v instanceof String s)) return Outcome.failed("is " + FieldType.of(v).label() + ", not a number or text");
        return parseText(s);
    }

    private Outcome typed(Object v) {
        if (type == NumberType.DOUBLE) return new Outcome(((Number) v).doubleValue(), null);
        if (v instanceof Long) return new Outcome(v, null);
        double d = (Double) v;
        if (d != Math.rint(d) || d < -0x1p63 || d >= 0x1p63) return Outcome.failed("is not a whole number in the range of long");
        return new Outcome((long) d, null);
    }

    private Outcome parseText(String s) {
        String t = strip(s);
        if (t.isEmpty()) return Outcome.BLANK;
        boolean negative = false;
        if (parentheses && t.startsWith("(") && t.endsWith(")")) {
            negative = true;
            t = strip(t.substring(1, t.length() - 1));
        }
        t = stripCurrency(t);
        if (t == null) return Outcome.failed("has a currency sign (set currency: true to accept it)");
        boolean signed = !t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+' || t.charAt(0) == '\u2212');
        if (signed) {
            if (negative) return Outcome.failed("has both parentheses and a sign");
            negative = t.charAt(0) != '+';
            t = stripCurrency(strip(t.substring(1)));
            if (t == null) return Outcome.failed("has a currency sign (set currency: true to accept it)");
        }
        boolean isPercent = t.endsWith("%");
        if (isPercent) {
            if (percent == Percent.REJECT) return Outcome.failed("has a percent sign (set percent: divide or strip to accept it)");
            t = strip(t.substring(0, t.length() - 1));
        }
        StringBuilder plain = new StringBuilder(t.length() + 1);
        if (negative) plain.append('-');
        String problem = digits(t, plain);
        if (problem != null) return Outcome.failed(problem);
        BigDecimal n = new BigDecimal(plain.toString());
        if (isPercent && percent == Percent.DIVIDE) n = n.movePointLeft(2);
        return convert(n);
    }

    /** Appends the number in {@code t} as plain Java decimal text to {@code out}; returns what is wrong with it, or null. */
    private String digits(String t, StringBuilder out) {
        int i = 0;
        int groupDigits = 0;
        int firstGroup = -1;
        int intDigits = 0;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            int d = Character.digit(c, 10);
            if (d >= 0) {
                out.append((char) ('0' + d));
                groupDigits++;
                intDigits++;
            } else if (grouping.indexOf(c) >= 0) {
                if (firstGroup < 0) {
                    if (groupDigits < 1 || groupDigits > 3) return "has a misplaced grouping separator '" + c + "' (" + describe() + ")";
                    firstGroup = groupDigits;
                } else if (groupDigits != 3) {
                    return "has digits grouped by other than three at '" + c + "' (" + describe() + ")";
                }
                groupDigits = 0;
            } else {
                break;
            }
        }
        if (firstGroup >= 0 && groupDigits != 3) return "has digits grouped by other than three (" + describe() + ")";
        int fracDigits = 0;
        if (i < t.length() && t.charAt(i) == decimal) {
            out.append('.');
            for (i++; i < t.length() && Character.digit(t.charAt(i), 10) >= 0; i++) {
                out.append((char) ('0' + Character.digit(t.charAt(i), 10)));
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) return "has no digits";
        if (i < t.length() && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            out.append('E');
            i++;
            if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) out.append(t.charAt(i++));
            int expDigits = 0;
            // at most 6 exponent digits: enough for any double, and BigDecimal stays cheap
            for (; i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9' && expDigits < 6; i++, expDigits++) out.append(t.charAt(i));
            if (expDigits == 0) return "has an exponent without digits";
        }
        if (i < t.length()) return "has '" + t.substring(i) + "' after the number (" + describe() + ")";
        return null;
    }

    private Outcome convert(BigDecimal n) {
        if (type == NumberType.LONG) {
            try {
                return new Outcome(n.longValueExact(), null);
            } catch (ArithmeticException e) {
                return Outcome.failed(n.stripTrailingZeros().scale() > 0 ? "has a fraction (use type: double)" : "is beyond the range of long");
            }
        }
        double d = n.doubleValue();
        if (Double.isInfinite(d)) return Outcome.failed("is beyond the range of double");
        return new Outcome(d, null);
    }

    /**
     * {@code t} without a currency sign or ISO code at its start or end (and the space beside it);
     * null when it has one but {@code currency} is off.
     */
    private String stripCurrency(String t) {
        String r = t;
        int n = r.length();
        if (n > 0 && Character.getType(r.charAt(0)) == Character.CURRENCY_SYMBOL) r = strip(r.substring(1));
        else if (n > 3 && CURRENCY_CODES.contains(r.substring(0, 3)) && !Character.isLetter(r.charAt(3))) r = strip(r.substring(3));
        n = r.length();
        if (n > 0 && Character.getType(r.charAt(n - 1)) == Character.CURRENCY_SYMBOL) r = strip(r.substring(0, n - 1));
        else if (n > 3 && CURRENCY_CODES.contains(r.substring(n - 3)) && !Character.isLetter(r.charAt(n - 4))) r = strip(r.substring(0, n - 3));
        if (r.length() != t.length() && !currency) return null;
        return r;
    }

    /** Strips whitespace including no-break spaces, which {@link String#strip} keeps. */
    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && isSpace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
