package ai.refinery.quality.suggest;

import ai.refinery.quality.profile.ColumnProfile;
import ai.refinery.quality.profile.DatasetProfile;
import java.util.Optional;

/**
 * Deequ's UniqueIfApproximatelyUniqueRule: a complete column whose distinct count is its row count
 * (within the HLL bounds, or exactly when counted exactly) is a key.
 */
public final class UniqueIfApproximatelyUniqueRule implements SuggestionRule {
    @Override
    public Optional<Suggestion> apply(ColumnProfile column, DatasetProfile profile) {
        long rows = profile.rows();
        if (rows == 0 || column.count() != rows) return Optional.empty();
        if (column.distinctLowerBound() > rows || column.distinctUpperBound() < rows) return Optional.empty();
        boolean exact = column.distinctLowerBound() == column.distinctUpperBound();
        String fact = exact
                ? column.name() + ": " + rows + " distinct values in " + rows + " rows"
                : column.name() + ": about " + Math.round(column.distinct()) + " distinct values (HLL bounds "
                        + Math.round(column.distinctLowerBound()) + ".." + Math.round(column.distinctUpperBound()) + ") in " + rows + " rows";
        return Optional.of(Suggestion.of(fact, "unique", "column", column.name()));
    }
}
