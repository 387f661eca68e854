package ai.refinery.quality.suggest;

import ai.refinery.quality.profile.ColumnProfile;
import ai.refinery.quality.profile.DatasetProfile;
import java.util.Map;
import java.util.Optional;

/**
 * Deequ's RetainTypeRule: a column whose values all have one type should keep it. Deequ skips
 * strings because it infers types from text; Refinery's records carry real types (a JSON number
 * is a long or double, a quoted one a string), so a string column is suggested too.
 */
public final class RetainTypeRule implements SuggestionRule {
    @Override
    public Optional<Suggestion> apply(ColumnProfile column, DatasetProfile profile) {
        Map<String, Long> types = column.types();
        if (column.count() == 0 || types.size() != 1) return Optional.empty();
        String type = types.keySet().iterator().next();
        return Optional.of(Suggestion.of(column.name() + ": all " + column.count() + " values are " + type,
                "type", "column", column.name(), "type", type));
    }
}
