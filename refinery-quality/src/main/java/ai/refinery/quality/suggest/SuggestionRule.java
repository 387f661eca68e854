package ai.refinery.quality.suggest;

import ai.refinery.quality.profile.ColumnProfile;
import ai.refinery.quality.profile.DatasetProfile;
import java.util.Optional;

/** One of Deequ's constraint-suggestion rules: looks at a column's profile and may propose an expectation. */
public interface SuggestionRule {
    /** The expectation this rule proposes for {@code column}, if its condition holds. */
    Optional<Suggestion> apply(ColumnProfile column, DatasetProfile profile);
}
