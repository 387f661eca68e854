package ai.refinery.core.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens; errors name the column. */
final class Tokenizer {
    private static final String[] TWO_CHAR_SYMBOLS = {"==", "!=", "<=", ">=", "&&", "||"};
    private static final String ONE_CHAR_SYMBOLS = "()[],.+-*/%<>!";

    private final String src;
    private int pos;

    private Tokenizer(String src) {
        this.src = src;
    }

    static List<Token> tokenize(String src) {
        return new Tokenizer(src).all();
    }

    private List<Token> all() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
            if (pos >= src.length()) {
                out.add(new Token(Token.Kind.END, "", null, src.length() + 1));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() {
        char c = src.charAt(pos);
        int start = pos;
        if (isDigit(c) || c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1))) return number();
        if (c == '\'' || c == '"') return string(c);
        if (c == '`') return quotedName();
        if (Character.isLetter(c) || c == '_') {
            while (pos < src.length() && isWordChar(src.charAt(pos))) pos++;
            String w = src.substring(start, pos);
            return new Token(Token.Kind.WORD, w, w, start + 1);
        }
        for (String s : TWO_CHAR_SYMBOLS) {
            if (src.startsWith(s, pos)) {
                pos += 2;
                return new Token(Token.Kind.SYMBOL, s, s, start + 1);
            }
        }
        switch (c) {
            case '=': throw error("use '==' to compare", start);
            case '&': throw error("use '&&' (or 'and')", start);
            case '|': throw error("use '||' (or 'or')", start);
            default: break;
        }
        if (ONE_CHAR_SYMBOLS.indexOf(c) >= 0) {
            pos++;
            return new Token(Token.Kind.SYMBOL, String.valueOf(c), String.valueOf(c), start + 1);
        }
        throw error("unexpected character '" + c + "'", start);
    }

    private Token number() {
        int start = pos;
        boolean decimal = false;
        while (pos < src.length() && isDigit(src.charAt(pos))) pos++;
        if (pos < src.length() && src.charAt(pos) == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1))) {
            decimal = true;
            pos++;
            while (pos < src.length() && isDigit(src.charAt(pos))) pos++;
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int e = pos + 1;
            if (e < src.length() && (src.charAt(e) == '+' || src.charAt(e) == '-')) e++;
            if (e >= src.length() || !isDigit(src.charAt(e))) throw error("expected digits after the exponent 'e'", pos);
            decimal = true;
            pos = e;
            while (pos < src.length() && isDigit(src.charAt(pos))) pos++;
        }
        if (pos < src.length() && isWordChar(src.charAt(pos))) {
            throw error("unexpected '" + src.charAt(pos) + "' after a number", pos);
        }
        String text = src.substring(start, pos);
        Object value;
        if (decimal) {
            value = Double.parseDouble(text);
        } else {
            try {
                value = Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw error("whole number " + text + " is too large (write it as a decimal, e.g. " + text + ".0)", start);
            }
        }
        return new Token(Token.Kind.NUMBER, text, value, start + 1);
    }

    /**
     * 'text' or "text" with escapes \n \t \r \\ \' \" and backslash-u plus four hex digits. Any
     * other backslash is kept as written, so regular expressions such as '\d+\.\d' need no doubling.
     */
    private Token string(char quote) {
        int start = pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == quote) return new Token(Token.Kind.STRING, src.substring(start, pos), sb.toString(), start + 1);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= src.length()) break;
            char e = src.charAt(pos++);
            switch (e) {
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'r': sb.append('\r'); break;
                case '\\': case '\'': case '"': sb.append(e); break;
                case 'u': sb.append(unicodeEscape()); break;
                default: sb.append('\\').append(e); // kept, so regexes read naturally: '\d+'
            }
        }
        throw error("unterminated text starting with " + quote, start);
    }

    private char unicodeEscape() {
        if (pos + 4 > src.length()) throw error("expected 4 hex digits after \\u", pos - 2);
        try {
            char c = (char) Integer.parseInt(src.substring(pos, pos + 4), 16);
            pos += 4;
            return c;
        } catch (NumberFormatException e) {
            throw error("expected 4 hex digits after \\u", pos - 2);
        }
    }

    /** `name`, with `` standing for one backquote inside the name. */
    private Token quotedName() {
        int start = pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c != '`') {
                sb.append(c);
            } else if (pos < src.length() && src.charAt(pos) == '`') {
                sb.append('`');
                pos++;
            } else {
                if (sb.length() == 0) throw error("empty field name ``", start);
                return new Token(Token.Kind.QUOTED_NAME, src.substring(start, pos), sb.toString(), start + 1);
            }
        }
        throw error("unterminated field name starting with `", start);
    }

    private ExpressionException error(String problem, int at) {
        return new ExpressionException(problem, at + 1, src);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
