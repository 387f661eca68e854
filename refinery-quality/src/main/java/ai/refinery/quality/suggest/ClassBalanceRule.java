package ai.refinery.quality.suggest;

import ai.refinery.quality.profile.ColumnProfile;
import ai.refinery.quality.profile.DatasetProfile;
import ai.refinery.quality.profile.LabelBalance;
import java.util.Optional;

/**
 * The label column should not become more imbalanced than observed: {@code class_balance} with the
 * largest-to-smallest class ratio rounded up to one decimal. (Not one of Deequ's rules; Refinery
 * profiles a label column for training data.)
 */
public final class ClassBalanceRule implements SuggestionRule {
    @Override
    public Optional<Suggestion> apply(ColumnProfile column, DatasetProfile profile) {
        LabelBalance label = profile.label();
        if (label == null || !label.column().equals(column.name()) || label.imbalanceRatio() == null) return Optional.empty();
        return Optional.of(Suggestion.of(column.name() + ": " + label.classes().size() + " classes, largest/smallest = "
                        + String.format(java.util.Locale.ROOT, "%.4f", label.imbalanceRatio()),
                "class_balance", "column", column.name(), "max_ratio", Bounds.ceil1(label.imbalanceRatio())));
    }
}
