package ai.refinery.quality.ops;

import ai.refinery.core.record.Record;
import java.util.ArrayList;
import java.util.List;

/**
 * Record meta entries that list field names (e.g. {@code imputed: [age, workclass]}). Steps append
 * rather than replace, so two impute steps leave one list naming every imputed field.
 */
final class MetaLists {
    private MetaLists() {}

    /** Sets meta {@code key} on {@code out} to the list already in {@code in} plus the new {@code fields}. */
    static void append(Record.Builder out, Record in, String key, List<String> fields) {
        List<Object> list = new ArrayList<>();
        if (in.meta(key) instanceof List<?> earlier) list.addAll(earlier);
        else if (in.meta(key) != null) list.add(in.meta(key));
        for (String f : fields) if (!list.contains(f)) list.add(f);
        out.meta(key, list);
    }
}
