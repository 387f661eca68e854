package ai.refinery.parquet;

import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;

import ai.refinery.parquet.Column.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * The columns of one output shard and their Parquet schema. Every column is optional (a record
 * may lack a field or hold null). Lists use the standard three-level layout and maps the standard
 * {@code key_value} layout, so any Parquet reader understands them.
 */
final class ShardSchema {
    private final List<Column> columns;
    private final Map<String, Integer> fieldIndex = new HashMap<>();
    private final int idIndex;
    private final int metaIndex;

    ShardSchema(List<Column> columns) {
        this.columns = List.copyOf(columns);
        int id = -1;
        int meta = -1;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            switch (c.role()) {
                case FIELD -> fieldIndex.put(c.name(), i);
                case ID -> id = i;
                case META -> meta = i;
            }
        }
        this.idIndex = id;
        this.metaIndex = meta;
    }

    List<Column> columns() { return columns; }

    Column column(int i) { return columns.get(i); }

    int size() { return columns.size(); }

    /** The column of a record field, or -1 when the schema has none. */
    int fieldColumn(String field) {
        Integer i = fieldIndex.get(field);
        return i == null ? -1 : i;
    }

    int idColumn() { return idIndex; }

    int metaColumn() { return metaIndex; }

    /** Names of the record-field columns, for error messages. */
    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        for (Column c : columns) if (c.role() == Role.FIELD) names.add(c.name());
        return names;
    }

    List<String> jsonColumns() {
        List<String> names = new ArrayList<>();
        for (Column c : columns) if (c.holdsJson()) names.add(c.name());
        return names;
    }

    MessageType messageType() {
        List<Type> fields = new ArrayList<>();
        for (Column c : columns) fields.add(parquetType(c));
        return new MessageType("schema", fields);
    }

    private static Type parquetType(Column c) {
        String n = c.name();
        return switch (c.type()) {
            case STRING -> Types.optional(PrimitiveTypeName.BINARY).as(stringType()).named(n);
            case LONG -> Types.optional(PrimitiveTypeName.INT64).named(n);
            case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(n);
            case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(n);
            case BYTES -> Types.optional(PrimitiveTypeName.BINARY).named(n);
            // Vector elements are never null: required keeps the definition levels minimal.
            case FLOAT_VECTOR -> list(n, Types.required(PrimitiveTypeName.FLOAT).named("element"));
            case LIST -> list(n, element(c));
            case MAP -> Types.optionalGroup().as(LogicalTypeAnnotation.mapType())
                    .addField(Types.repeatedGroup()
                            .addField(Types.required(PrimitiveTypeName.BINARY).as(stringType()).named("key"))
                            .addField(Types.optional(PrimitiveTypeName.BINARY).as(stringType()).named("value"))
                            .named("key_value"))
                    .named(n);
        };
    }

    private static Type list(String name, Type element) {
        return Types.optionalGroup().as(LogicalTypeAnnotation.listType())
                .addField(Types.repeatedGroup().addField(element).named("list"))
                .named(name);
    }

    private static Type element(Column c) {
        return switch (c.element()) {
            case STRING, JSON -> Types.optional(PrimitiveTypeName.BINARY).as(stringType()).named("element");
            case LONG -> Types.optional(PrimitiveTypeName.INT64).named("element");
            case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named("element");
            case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named("element");
            case BYTES -> Types.optional(PrimitiveTypeName.BINARY).named("element");
        };
    }
}
