package ai.refinery.parquet;

import ai.refinery.core.record.FieldType;

/**
 * One column of an output shard.
 *
 * @param element for {@link FieldType#LIST} columns the type of the elements, else null
 * @param role where the value comes from: a record field, the record id or the record's meta
 */
record Column(String name, FieldType type, Element element, Role role) {
    enum Role { FIELD, ID, META }

    /** Element types a list column can have; JSON holds nested lists and maps as JSON text. */
    enum Element {
        STRING, LONG, DOUBLE, BOOLEAN, BYTES, JSON;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The type as shown in errors: {@code long}, {@code list<string>}, {@code map}. */
    String label() {
        return type == FieldType.LIST ? "list<" + element.label() + ">" : type.label();
    }

    /** Whether this column stores JSON text that the reader turns back into values (map values, nested list elements). */
    boolean holdsJson() {
        return type == FieldType.MAP || element == Element.JSON;
    }
}
