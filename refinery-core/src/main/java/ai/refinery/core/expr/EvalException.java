package ai.refinery.core.expr;

/**
 * A failure while evaluating, before the column is known. The innermost node that catches it adds
 * its column (see {@link Node#eval}); {@link Expression} turns it into an {@link ExpressionException}.
 */
final class EvalException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int column;

    EvalException(String message) {
        this(message, 0);
    }

    private EvalException(String message, int column) {
        super(message, null, false, false);
        this.column = column;
    }

    int column() {
        return column;
    }

    EvalException at(int newColumn) {
        return column > 0 ? this : new EvalException(getMessage(), newColumn);
    }
}
