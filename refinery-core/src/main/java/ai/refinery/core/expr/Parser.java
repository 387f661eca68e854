package ai.refinery.core.expr;

import ai.refinery.core.record.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recursive-descent parser. Precedence, loosest first:
 * {@code || or}, {@code && and}, {@code ! not}, comparisons and {@code in} (not chainable),
 * {@code + -}, {@code * / %}, unary {@code - ! not}, then {@code .key [index]} after a value.
 */
final class Parser {
    private static final int MAX_DEPTH = 100;
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "true", "false", "null");
    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");

    private final String src;
    private final List<Token> tokens;
    private int pos;
    private int depth;

    private Parser(String src) {
        this.src = src;
        this.tokens = Tokenizer.tokenize(src);
    }

    static Node parse(String src) {
        if (src == null || src.isBlank()) {
            throw new ExpressionException("the expression is empty", 1, src == null ? "" : src);
        }
        Parser p = new Parser(src);
        Node root = p.expression();
        Token extra = p.peek();
        if (extra.kind() != Token.Kind.END) {
            throw p.error("unexpected " + extra.display() + keywordHint(extra)
                    + "; join conditions with && or ||", extra);
        }
        return root;
    }

    private Node expression() {
        enter();
        Node n = or();
        depth--;
        return n;
    }

    private Node or() {
        Node left = and();
        while (peek().isSymbol("||") || peek().isWord("or")) {
            Token op = advance();
            left = new Or(left, and(), op.column());
        }
        return left;
    }

    private Node and() {
        Node left = not();
        while (peek().isSymbol("&&") || peek().isWord("and")) {
            Token op = advance();
            left = new And(left, not(), op.column());
        }
        return left;
    }

    private Node not() {
        if (peek().isSymbol("!") || peek().isWord("not")) {
            Token op = advance();
            enter();
            Node n = new Not(not(), op.column());
            depth--;
            return n;
        }
        return comparison();
    }

    private Node comparison() {
        Node left = additive();
        Token op = peek();
        Node result;
        if (isComparison(op)) {
            advance();
            result = compare(op, left, additive());
        } else if (op.isWord("in")) {
            advance();
            result = new In(left, additive(), false, op.column());
        } else if (isNotIn()) {
            advance();
            advance();
            result = new In(left, additive(), true, op.column());
        } else {
            return left;
        }
        Token next = peek();
        if (isComparison(next) || next.isWord("in") || isNotIn()) {
            throw error("comparisons cannot be chained; combine them with &&, e.g. 1 < x && x < 5", next);
        }
        return result;
    }

    private static Node compare(Token op, Node left, Node right) {
        String o = op.text();
        boolean equality = o.equals("==") || o.equals("!=");
        if (equality && isNullLiteral(right)) return new IsNull(left, o.equals("!="), op.column());
        if (equality && isNullLiteral(left)) return new IsNull(right, o.equals("!="), op.column());
        return new Comparison(o, left, right, op.column());
    }

    private Node additive() {
        Node left = multiplicative();
        while (peek().isSymbol("+") || peek().isSymbol("-")) {
            Token op = advance();
            left = new Arithmetic(op.text().charAt(0), left, multiplicative(), op.column());
        }
        return left;
    }

    private Node multiplicative() {
        Node left = unary();
        while (peek().isSymbol("*") || peek().isSymbol("/") || peek().isSymbol("%")) {
            Token op = advance();
            left = new Arithmetic(op.text().charAt(0), left, unary(), op.column());
        }
        return left;
    }

    private Node unary() {
        Token t = peek();
        boolean minus = t.isSymbol("-");
        if (!minus && !t.isSymbol("!") && !t.isWord("not")) return postfix();
        advance();
        enter();
        Node operand = unary();
        depth--;
        if (!minus) return new Not(operand, t.column());
        if (operand instanceof Literal lit && lit.value instanceof Long l && l != Long.MIN_VALUE) return new Literal(-l, t.column());
        if (operand instanceof Literal lit && lit.value instanceof Double d) return new Literal(-d, t.column());
        return new Negate(operand, t.column());
    }

    private Node postfix() {
        Node n = primary();
        while (true) {
            Token t = peek();
            if (t.isSymbol(".")) {
                advance();
                Token name = advance();
                if (name.kind() != Token.Kind.WORD && name.kind() != Token.Kind.QUOTED_NAME) {
                    throw error("expected a key name after '.' but found " + name.display(), name);
                }
                String key = (String) name.value();
                n = n instanceof MetaMap ? new MetaRef(key, n.column) : new Member(n, key, t.column());
                if (peek().isSymbol("(")) {
                    throw error("method calls are not supported; call functions with the value as argument, e.g. lower(x)", peek());
                }
            } else if (t.isSymbol("[")) {
                advance();
                Node index = expression();
                expect("]");
                n = new Index(n, index, t.column());
            } else {
                return n;
            }
        }
    }

    private Node primary() {
        Token t = advance();
        switch (t.kind()) {
            case NUMBER:
            case STRING:
                return new Literal(t.value(), t.column());
            case QUOTED_NAME:
                return new FieldRef((String) t.value(), t.column());
            case WORD:
                return word(t);
            case SYMBOL:
                if (t.isSymbol("(")) {
                    Node inner = expression();
                    expect(")");
                    return inner;
                }
                if (t.isSymbol("[")) return list(t);
                break;
            default:
                break;
        }
        throw error("expected a value but found " + t.display(), t);
    }

    private Node word(Token t) {
        switch (t.text()) {
            case "true": return new Literal(Boolean.TRUE, t.column());
            case "false": return new Literal(Boolean.FALSE, t.column());
            case "null": return new Literal(null, t.column());
            default: break;
        }
        if (KEYWORDS.contains(t.text())) {
            throw error("expected a value but found " + t.display() + " (use `" + t.text() + "` for a field of that name)", t);
        }
        if (peek().isSymbol("(")) return call(t);
        if (t.text().equals("meta")) return new MetaMap(t.column());
        return new FieldRef(t.text(), t.column());
    }

    private Node call(Token name) {
        Function f = Function.byName(name.text());
        if (f == null) {
            String suggestion = Function.suggest(name.text());
            throw error("unknown function '" + name.text() + "'" + (suggestion == null
                    ? "; functions are " + String.join(", ", Function.names())
                    : " (did you mean '" + suggestion + "'?)"), name);
        }
        expect("(");
        List<Node> args = new ArrayList<>();
        if (!peek().isSymbol(")")) {
            do {
                args.add(expression());
            } while (accept(","));
        }
        expect(")");
        if (args.size() < f.minArgs || f.maxArgs >= 0 && args.size() > f.maxArgs) {
            throw error(f.label + "() " + f.arity() + " but got " + args.size(), name);
        }
        switch (f) {
            case EXISTS:
                if (!(args.get(0) instanceof Path path)) {
                    throw new ExpressionException("exists() takes a field name, e.g. exists(age) or exists(meta.lang)",
                            args.get(0).column, src);
                }
                return new Exists(path, name.column());
            case COALESCE:
                return new Coalesce(args, name.column());
            case MATCHES:
                if (args.get(1) instanceof Literal lit && lit.value instanceof String regex) {
                    try {
                        return new Matches(args.get(0), Function.compile(regex), name.column());
                    } catch (EvalException e) {
                        throw new ExpressionException(e.getMessage(), lit.column, src);
                    }
                }
                return new Call(f, args, name.column());
            default:
                return new Call(f, args, name.column());
        }
    }

    private Node list(Token open) {
        List<Node> items = new ArrayList<>();
        while (!peek().isSymbol("]")) {
            items.add(expression());
            if (!accept(",")) break;
        }
        expect("]");
        List<Object> constants = new ArrayList<>();
        for (Node n : items) {
            if (!(n instanceof Literal lit)) return new ListLiteral(items, open.column());
            constants.add(lit.value);
        }
        return new Literal(Values.normalize(constants), open.column());
    }

    private boolean isComparison(Token t) {
        return t.kind() == Token.Kind.SYMBOL && COMPARISONS.contains(t.text());
    }

    private boolean isNotIn() {
        return peek().isWord("not") && peekAt(1).isWord("in");
    }

    private static boolean isNullLiteral(Node n) {
        return n instanceof Literal lit && lit.value == null;
    }

    private static String keywordHint(Token t) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (t.kind() == Token.Kind.WORD && !lower.equals(t.text()) && KEYWORDS.contains(lower)) {
            return " (keywords are lower case: '" + lower + "')";
        }
        return "";
    }

    private void enter() {
        if (++depth > MAX_DEPTH) throw error("the expression nests too deeply (more than " + MAX_DEPTH + " levels)", peek());
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token advance() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.END) pos++;
        return t;
    }

    private boolean accept(String symbol) {
        if (!peek().isSymbol(symbol)) return false;
        pos++;
        return true;
    }

    private void expect(String symbol) {
        Token t = peek();
        if (!t.isSymbol(symbol)) {
            throw error("expected '" + symbol + "'" + (t.kind() == Token.Kind.END ? "" : " but found " + t.display()), t);
        }
        pos++;
    }

    private ExpressionException error(String problem, Token at) {
        return new ExpressionException(problem, at.column(), src);
    }
}
