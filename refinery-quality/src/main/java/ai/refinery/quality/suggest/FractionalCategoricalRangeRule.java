package ai.refinery.quality.suggest;

import ai.refinery.quality.profile.ColumnProfile;
import ai.refinery.quality.profile.DatasetProfile;
import ai.refinery.quality.profile.TopValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deequ's FractionalCategoricalRangeRule: when a string or long column's most frequent values (exact
 * counts, at most {@link CategoricalRangeRule#MAX_CATEGORIES} of them) do not cover every value but
 * cover at least {@link #MIN_COVERAGE} (Deequ's 90%), most values should stay among them: the
 * {@code mostly} share is the 95% Wilson lower bound of the coverage, rounded down to two decimals.
 */
public final class FractionalCategoricalRangeRule implements SuggestionRule {
    static final double MIN_COVERAGE = 0.9;

    @Override
    public Optional<Suggestion> apply(ColumnProfile column, DatasetProfile profile) {
        if (!Categories.isCategorical(column) || column.topValues().size() >= column.distinct()) return Optional.empty();
        List<Object> values = new ArrayList<>();
        long covered = 0;
        for (TopValue v : column.topValues()) {
            if (values.size() == CategoricalRangeRule.MAX_CATEGORIES) break;
            values.add(v.value());
            covered += v.count();
        }
        double coverage = (double) covered / column.count();
        if (coverage < MIN_COVERAGE) return Optional.empty();
        double mostly = Bounds.floor2(Bounds.wilsonLower(covered, column.count(), Bounds.Z95));
        if (mostly <= 0) return Optional.empty();
        return Optional.of(Suggestion.of(column.name() + ": its " + values.size() + " most frequent of "
                        + Math.round(column.distinct()) + " distinct values cover " + Bounds.percent(coverage) + " of " + column.count() + " values",
                "values_in", "column", column.name(), "values", values, "mostly", mostly));
    }
}
