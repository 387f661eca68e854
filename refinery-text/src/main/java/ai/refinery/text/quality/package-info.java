/**
 * Text quality rules as recipe operators: Gopher's quality and repetition rules, C4's line
 * cleaning, document rules and bad words, FineWeb's rules, and generic filters on length,
 * character shares, repetition, stop words and flagged words. Filters extend
 * {@link ai.refinery.text.quality.TextQualityFilter}: they drop with the reason
 * {@code <operator>:<rule>}, and with {@code record_stats: true} write their figures to meta
 * instead. Each class says where its rules and defaults come from.
 */
package ai.refinery.text.quality;
