package ai.refinery.quality.suggest;

import ai.refinery.quality.profile.ColumnProfile;
import ai.refinery.quality.profile.DatasetProfile;
import java.util.Optional;

/** Deequ's CompleteIfCompleteRule: a column with a value in every row should stay complete. */
public final class CompleteIfCompleteRule implements SuggestionRule {
    @Override
    public Optional<Suggestion> apply(ColumnProfile column, DatasetProfile profile) {
        if (profile.rows() == 0 || column.count() != profile.rows()) return Optional.empty();
        return Optional.of(Suggestion.of(column.name() + ": a value in all " + profile.rows() + " rows",
                "completeness", "column", column.name(), "min", 1.0));
    }
}
