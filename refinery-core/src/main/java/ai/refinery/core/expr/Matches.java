package ai.refinery.core.expr;

import ai.refinery.core.record.Record;
import java.util.regex.Pattern;

/** {@code matches(s, 'regex')} with the regex compiled (and checked) once, when parsed. */
final class Matches extends Node {
    private static final long serialVersionUID = 1L;
    private final Node text;
    private final Pattern pattern;

    Matches(Node text, Pattern pattern, int column) {
        super(column);
        this.text = text;
        this.pattern = pattern;
    }

    @Override
    Object compute(Record record) {
        Object v = text.eval(record);
        return v == null ? null : Function.find(pattern, Function.MATCHES.text(v));
    }
}
