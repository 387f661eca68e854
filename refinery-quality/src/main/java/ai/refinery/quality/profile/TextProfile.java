package ai.refinery.quality.profile;

/** Lengths (in code points) of a column's string values; present when it has some. */
public record TextProfile(long count, long minLength, long maxLength, double meanLength) {}
