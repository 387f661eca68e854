package ai.refinery.quality.suggest;

import ai.refinery.quality.profile.ColumnProfile;
import ai.refinery.quality.profile.DatasetProfile;
import java.util.Optional;

/**
 * Deequ's RetainCompletenessRule: a column with values in at least 20% of rows, but not all, should
 * not lose more. The minimum is the lower end of the 95% Wilson score interval of its completeness
 * (Deequ uses the normal-approximation interval), rounded down to two decimals; no suggestion when
 * that is 0.
 */
public final class RetainCompletenessRule implements SuggestionRule {
    /** Deequ's threshold: below it a column is too sparse for a completeness expectation. */
    static final double MIN_COMPLETENESS = 0.2;

    @Override
    public Optional<Suggestion> apply(ColumnProfile column, DatasetProfile profile) {
        long rows = profile.rows();
        if (rows == 0 || column.count() == rows || column.completeness() < MIN_COMPLETENESS) return Optional.empty();
        double lower = Bounds.wilsonLower(column.count(), rows, Bounds.Z95);
        double min = Bounds.floor2(lower);
        if (min <= 0) return Optional.empty();
        return Optional.of(Suggestion.of(column.name() + ": " + Bounds.percent(column.completeness()) + " complete over " + rows
                        + " rows; 95% Wilson lower bound " + String.format(java.util.Locale.ROOT, "%.4f", lower),
                "completeness", "column", column.name(), "min", min));
    }
}
