package ai.refinery.quality.profile;

/**
 * Pearson's correlation between numeric columns {@code a} and {@code b} over the {@code count} rows
 * where both hold a number; {@code pearson} is null when either is constant over those rows.
 */
public record Correlation(String a, String b, Double pearson, long count) {}
