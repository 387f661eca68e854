package ai.refinery.core.expr;

import ai.refinery.core.record.Record;
import java.io.Serializable;
import java.util.List;

/**
 * A parsed expression over a record, e.g. {@code len(text) > 20 && lang in ['en', 'de']}. Parsing
 * checks syntax, function names and arities and literal regexes, so recipes fail at load time. The
 * parsed form is immutable, serializable and safe to share between threads; it can only read the
 * record (no reflection, no access to Java objects).
 *
 * <p>Null semantics are SQL-like: arithmetic with null gives null, comparisons with null are false
 * (except {@code x == null} and {@code x != null}), and {@code && || !} use three-valued logic.
 */
public final class Expression implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final Node root;

    private Expression(String source, Node root) {
        this.source = source;
        this.root = root;
    }

    /** @throws ExpressionException with the column of the problem */
    public static Expression parse(String source) {
        return new Expression(source, Parser.parse(source));
    }

    public String source() {
        return source;
    }

    /**
     * The value for {@code record}: null, String, Long, Double, Boolean or another record value.
     *
     * @throws ExpressionException when a value has the wrong type (e.g. {@code 'a' < 3}), with the column
     */
    public Object evaluate(Record record) {
        try {
            return root.eval(record);
        } catch (EvalException e) {
            throw new ExpressionException(e.getMessage(), Math.max(1, e.column()), source);
        }
    }

    /**
     * Whether the expression is true for {@code record}; false and null (unknown) both count as not true.
     *
     * @throws ExpressionException when it gives something other than true, false or null
     */
    public boolean test(Record record) {
        Object v = evaluate(record);
        if (v == null || v instanceof Boolean) return Boolean.TRUE.equals(v);
        throw new ExpressionException("expected a condition (true or false) but it gives " + Describe.value(v)
                + ", e.g. compare it: x > 0", 1, source);
    }

    /** Names of the built-in functions, for help output. */
    public static List<String> functionNames() {
        return Function.names();
    }

    @Override
    public String toString() {
        return source;
    }
}
