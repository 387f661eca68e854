package ai.refinery.quality.suggest;

import ai.refinery.quality.profile.ColumnProfile;
import ai.refinery.quality.profile.DatasetProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Proposes expectations from a profile, as Deequ's constraint suggestion does (its default rules:
 * complete columns, retained completeness, unique columns, categorical ranges, non-negative numbers,
 * types; plus the label column's class balance). Suggestions come column by column, in column
 * order, each rule in the order of {@link #DEFAULT_RULES}.
 */
public final class ConstraintSuggester {
    public static final List<SuggestionRule> DEFAULT_RULES = List.of(
            new CompleteIfCompleteRule(),
            new RetainCompletenessRule(),
            new RetainTypeRule(),
            new UniqueIfApproximatelyUniqueRule(),
            new CategoricalRangeRule(),
            new FractionalCategoricalRangeRule(),
            new NonNegativeNumbersRule(),
            new ClassBalanceRule());

    private final List<SuggestionRule> rules;

    public ConstraintSuggester() {
        this(DEFAULT_RULES);
    }

    public ConstraintSuggester(List<SuggestionRule> rules) {
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    public List<Suggestion> suggest(DatasetProfile profile) {
        List<Suggestion> out = new ArrayList<>();
        for (ColumnProfile column : profile.columns().values()) {
            for (SuggestionRule rule : rules) rule.apply(column, profile).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The suggestions as YAML list items indented by four spaces, to go under {@code expect:} and
     * {@code output:} (or {@code input:}); each item is preceded by a comment with its reason.
     */
    public static String toYaml(List<Suggestion> suggestions) {
        return SuggestionYaml.write(suggestions, 4);
    }

    /** The suggestions as YAML list items indented by {@code indent} spaces. */
    public static String toYaml(List<Suggestion> suggestions, int indent) {
        return SuggestionYaml.write(suggestions, indent);
    }
}
