package ai.refinery.parquet;

import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.RecordMaterializer;

/** Assembles each row as an array of top-level values in the projection's output order. */
final class RowMaterializer extends RecordMaterializer<Object[]> {
    private final GroupConverters.StructConverter root;
    private Object[] current;

    RowMaterializer(Projection projection) {
        this.root = new GroupConverters.StructConverter(projection.requested(), projection.slots(), row -> current = row);
    }

    @Override
    public Object[] getCurrentRecord() {
        return current;
    }

    @Override
    public GroupConverter getRootConverter() {
        return root;
    }
}
