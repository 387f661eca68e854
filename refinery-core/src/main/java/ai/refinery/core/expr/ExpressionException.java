package ai.refinery.core.expr;

/**
 * An expression is wrong (when parsed) or cannot be evaluated for a record (when run). The message
 * says what and where: {@code expected ')' at column 9 of 'age > (3'}.
 */
public final class ExpressionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int column;
    private final String source;

    public ExpressionException(String problem, int column, String source) {
        super(problem + " at column " + column + " of '" + source + "'");
        this.column = column;
        this.source = source;
    }

    /** 1-based column in the expression text. */
    public int column() {
        return column;
    }

    /** The expression text. */
    public String source() {
        return source;
    }
}
