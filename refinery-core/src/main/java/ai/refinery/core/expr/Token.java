package ai.refinery.core.expr;

/** One lexical unit of an expression, with its 1-based column. */
record Token(Kind kind, String text, Object value, int column) {
    enum Kind {
        /** A whole or decimal number; value is a Long or Double. */
        NUMBER,
        /** A quoted text; value is the unescaped String. */
        STRING,
        /** A bare word: a field name, function name or keyword. */
        WORD,
        /** A `backquoted` field name; value is the name. */
        QUOTED_NAME,
        /** An operator or punctuation. */
        SYMBOL,
        END
    }

    boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }

    boolean isSymbol(String s) {
        return is(Kind.SYMBOL, s);
    }

    boolean isWord(String w) {
        return is(Kind.WORD, w);
    }

    /** How the token is shown in messages. */
    String display() {
        return kind == Kind.END ? "end of expression" : "'" + text + "'";
    }
}
