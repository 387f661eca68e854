package ai.refinery.core.io;

/** Options of a format that has none. */
public record NoOptions() {
}
