package ai.refinery.quality.profile;

/**
 * One of a column's most frequent values: a string, long, double or boolean, and how many rows
 * hold it (exact, or a frequent-items estimate when the column's {@code top_values_exact} is false).
 */
public record TopValue(Object value, long count) {}
