package ai.refinery.quality.suggest;

import ai.refinery.quality.profile.ColumnProfile;
import ai.refinery.quality.profile.DatasetProfile;
import java.util.Optional;
import java.util.Set;

/**
 * Deequ's NonNegativeNumbersRule: a numeric column (every value a long or double) whose minimum is
 * at least 0 should stay non-negative: {@code between} with only a {@code min}.
 */
public final class NonNegativeNumbersRule implements SuggestionRule {
    private static final Set<String> NUMERIC = Set.of("long", "double");

    @Override
    public Optional<Suggestion> apply(ColumnProfile column, DatasetProfile profile) {
        if (column.numeric() == null || !NUMERIC.containsAll(column.types().keySet())) return Optional.empty();
        if (column.numeric().count() != column.count() || column.numeric().min().doubleValue() < 0) return Optional.empty();
        return Optional.of(Suggestion.of(column.name() + ": minimum " + column.numeric().min() + " over " + column.count() + " numbers",
                "between", "column", column.name(), "min", 0));
    }
}
