package ai.refinery.core.expr;

import ai.refinery.core.record.Record;

/**
 * {@code + - * / %} on numbers (and {@code +} on two texts). Null in, null out. Whole numbers stay
 * whole except for {@code /}, which always gives a double; overflow and division by zero are errors.
 */
final class Arithmetic extends Node {
    private static final long serialVersionUID = 1L;
    private final char operator;
    private final Node left;
    private final Node right;

    Arithmetic(char operator, Node left, Node right, int column) {
        super(column);
        this.operator = operator;
        this.left = left;
        this.right = right;
    }

    @Override
    Object compute(Record record) {
        Object a = left.eval(record);
        Object b = right.eval(record);
        if (a == null || b == null) return null;
        if (operator == '+' && a instanceof String x && b instanceof String y) return x + y;
        if (!(a instanceof Number x) || !(b instanceof Number y)) {
            throw new EvalException("'" + operator + "' needs two numbers" + (operator == '+' ? " or two texts" : "")
                    + " but got " + Describe.value(a) + " and " + Describe.value(b));
        }
        if (operator == '/') return divide(x.doubleValue(), y.doubleValue());
        if (x instanceof Long l && y instanceof Long m) return onLongs(l, m);
        return onDoubles(x.doubleValue(), y.doubleValue());
    }

    private Object onLongs(long a, long b) {
        try {
            switch (operator) {
                case '+': return Math.addExact(a, b);
                case '-': return Math.subtractExact(a, b);
                case '*': return Math.multiplyExact(a, b);
                default:
                    if (b == 0) throw new EvalException("division by zero in '%'");
                    return a % b;
            }
        } catch (ArithmeticException e) {
            throw new EvalException("integer overflow in '" + operator + "'");
        }
    }

    private Object onDoubles(double a, double b) {
        switch (operator) {
            case '+': return a + b;
            case '-': return a - b;
            case '*': return a * b;
            default:
                if (b == 0) throw new EvalException("division by zero in '%'");
                return a % b;
        }
    }

    private static Object divide(double a, double b) {
        if (b == 0) throw new EvalException("division by zero in '/'");
        return a / b;
    }
}
