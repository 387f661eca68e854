package ai.refinery.quality.report;

/**
 * What a report shows at most. The caps are what keep {@code report.html} small whatever the size of
 * the run: its content is bounded by them, never by the number of records.
 *
 * @param maxSamplesPerKey  example records shown per step and reason (dropped), per step (changed), per stage (quarantine)
 * @param maxColumns        profile columns and record fields shown
 * @param writePngs         whether to write {@code charts/<name>.png} beside the page
 * @param maxValueChars     characters of one value shown before "…(n more chars)"
 * @param maxFailingRows    failing rows shown per expectation
 * @param maxSideFileLines  lines read from each of dropped/, changed/ and quarantine/ before giving up on filling every group
 */
public record ReportOptions(int maxSamplesPerKey, int maxColumns, boolean writePngs, int maxValueChars, int maxFailingRows,
                            int maxSideFileLines) {

    public ReportOptions {
        positive("maxSamplesPerKey", maxSamplesPerKey);
        positive("maxColumns", maxColumns);
        if (maxValueChars < 20) throw new IllegalArgumentException("maxValueChars must be >= 20, got " + maxValueChars);
        positive("maxFailingRows", maxFailingRows);
        positive("maxSideFileLines", maxSideFileLines);
    }

    public static ReportOptions defaults() {
        return new ReportOptions(5, 40, true, 300, 20, 100_000);
    }

    public ReportOptions withMaxSamplesPerKey(int n) {
        return new ReportOptions(n, maxColumns, writePngs, maxValueChars, maxFailingRows, maxSideFileLines);
    }

    public ReportOptions withMaxColumns(int n) {
        return new ReportOptions(maxSamplesPerKey, n, writePngs, maxValueChars, maxFailingRows, maxSideFileLines);
    }

    public ReportOptions withPngs(boolean write) {
        return new ReportOptions(maxSamplesPerKey, maxColumns, write, maxValueChars, maxFailingRows, maxSideFileLines);
    }

    public ReportOptions withMaxValueChars(int n) {
        return new ReportOptions(maxSamplesPerKey, maxColumns, writePngs, n, maxFailingRows, maxSideFileLines);
    }

    public ReportOptions withMaxFailingRows(int n) {
        return new ReportOptions(maxSamplesPerKey, maxColumns, writePngs, maxValueChars, n, maxSideFileLines);
    }

    public ReportOptions withMaxSideFileLines(int n) {
        return new ReportOptions(maxSamplesPerKey, maxColumns, writePngs, maxValueChars, maxFailingRows, n);
    }

    private static void positive(String name, int v) {
        if (v < 1) throw new IllegalArgumentException(name + " must be >= 1, got " + v);
    }
}
