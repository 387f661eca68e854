package ai.refinery.quality.suggest;

import ai.refinery.quality.profile.ColumnProfile;
import ai.refinery.quality.profile.DatasetProfile;
import ai.refinery.quality.profile.TopValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deequ's CategoricalRangeRule: a string or long column with few distinct values (at most
 * {@link #MAX_CATEGORIES}, all listed among its exact top values), most of which occur more than
 * once (at most 10% of them only once, as Deequ asks, so that a small sample of an open-ended column
 * is not mistaken for a category), should keep to those values.
 */
public final class CategoricalRangeRule implements SuggestionRule {
    static final int MAX_CATEGORIES = 20;
    static final double MAX_SHARE_SEEN_ONCE = 0.1;

    @Override
    public Optional<Suggestion> apply(ColumnProfile column, DatasetProfile profile) {
        if (!Categories.isCategorical(column)) return Optional.empty();
        List<TopValue> top = column.topValues();
        if (top.isEmpty() || top.size() > MAX_CATEGORIES || top.size() != column.distinct()) return Optional.empty();
        long seenOnce = top.stream().filter(v -> v.count() == 1).count();
        if (seenOnce > MAX_SHARE_SEEN_ONCE * top.size()) return Optional.empty();
        List<Object> values = new ArrayList<>();
        for (TopValue v : top) values.add(v.value());
        return Optional.of(Suggestion.of(column.name() + ": " + top.size() + " distinct values in " + column.count()
                        + " values, " + seenOnce + " of them seen once",
                "values_in", "column", column.name(), "values", values));
    }
}
