package ai.refinery.quality.expect;

/** What a failed expectation does: {@code error} stops the output from being published, {@code warning} only reports. */
public enum Level {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
