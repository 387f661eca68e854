package ai.refinery.core.recipe;

import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.SourceFormat;
import java.util.List;

/** The resolved {@code input} of a recipe: the files to read, in order, and how to read them. */
public record InputSpec(String path, List<InputFile> files, SourceFormat<?> format, java.lang.Record options, String idField) {
    public InputSpec {
        files = List.copyOf(files);
    }

    /** The record named by its {@code id_field} value when the input has one and the record holds it. */
    public ai.refinery.core.record.Record named(ai.refinery.core.record.Record r) {
        if (idField == null) return r;
        Object id = r.get(idField);
        return id == null ? r : r.toBuilder().id(id.toString()).build();
    }

    public long totalBytes() {
        long n = 0;
        for (InputFile f : files) n += f.sizeBytes();
        return n;
    }
}
