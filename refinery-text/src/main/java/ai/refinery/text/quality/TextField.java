package ai.refinery.text.quality;

import ai.refinery.core.record.FieldType;
import ai.refinery.core.record.Record;

/** Reads the text a quality rule judges. */
final class TextField {
    private TextField() {}

    /**
     * The text in {@code field}, or null when the field is absent or null.
     *
     * @throws IllegalArgumentException when the field holds another type (the record goes to
     *     quarantine: a number or a list where text is expected is a pipeline mistake to fix, not
     *     a quality verdict)
     */
    static String read(Record record, String field, String operator) {
        Object v = record.get(field);
        if (v == null || v instanceof String) return (String) v;
        throw new IllegalArgumentException(operator + ": field '" + field + "' holds a " + FieldType.of(v).label()
                + ", not text; set 'field' to a text field or convert it first (e.g. with cast)");
    }
}
