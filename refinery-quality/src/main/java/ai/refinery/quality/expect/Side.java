package ai.refinery.quality.expect;

/** Where an expectation looks: the decoded input records, or the records the run writes. */
public enum Side {
    INPUT, OUTPUT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
