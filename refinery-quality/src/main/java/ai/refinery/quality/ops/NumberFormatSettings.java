package ai.refinery.quality.ops;

/**
 * How numbers are written, shared by {@code parse_numbers} and {@code drop_unparseable_numbers}
 * (their config records implement it), so that both read a value the same way.
 */
public interface NumberFormatSettings {
    /** Target type of the parsed value. */
    enum NumberType { LONG, DOUBLE }

    /** What a trailing percent sign means. */
    enum Percent {
        /** {@code 12.5%} is 0.125. */
        DIVIDE,
        /** {@code 12.5%} is 12.5. */
        STRIP,
        /** A percent sign makes the value unparseable. */
        REJECT
    }

    NumberType type();

    String locale();

    /** Overrides the locale's decimal separator; null keeps it. */
    String decimalSeparator();

    /** Overrides the locale's grouping separator; null keeps it, empty allows none. */
    String groupingSeparator();

    boolean currency();

    Percent percent();

    boolean parentheses();

    String TYPE_DOC = "Type of the result: double or long (a value with a fraction does not parse as long).";
    String LOCALE_DOC = "Locale whose separators numbers are written with: en reads 1,234.5; de reads 1.234,5; fr reads 1 234,5.";
    String DECIMAL_DOC = "Decimal separator, overriding the locale's, e.g. ','.";
    String GROUPING_DOC = "Thousands separator, overriding the locale's, e.g. \"'\"; empty accepts none.";
    String CURRENCY_DOC = "Accept and remove a currency sign ($, €, £, ...) or ISO code (USD, EUR) before or after the number.";
    String PERCENT_DOC = "A trailing %: divide (50% is 0.5), strip (50% is 50) or reject.";
    String PARENTHESES_DOC = "Read accounting negatives: (1,234.00) is -1234.";
}
