package ai.refinery.quality.suggest;

import ai.refinery.quality.profile.ColumnProfile;
import java.util.Set;

/** Which columns the categorical rules consider: exact counts, and only string or long values. */
final class Categories {
    private static final Set<String> TYPES = Set.of("string", "long");

    private Categories() {}

    static boolean isCategorical(ColumnProfile column) {
        return column.count() > 0 && column.topValuesExact() && TYPES.containsAll(column.types().keySet());
    }
}
