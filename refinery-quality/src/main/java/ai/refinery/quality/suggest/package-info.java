/**
 * Expectations proposed from a profile ({@code refinery profile DATA --suggest}):
 * {@link ai.refinery.quality.suggest.ConstraintSuggester} applies Deequ's suggestion rules, one
 * {@link ai.refinery.quality.suggest.SuggestionRule} each, and writes YAML for the {@code expect:}
 * section.
 */
package ai.refinery.quality.suggest;
