package ai.refinery.quality.report;

import ai.refinery.quality.report.html.Html;

/** What every section reads from: the run's data, the caps, the chart registry and the value view. */
final class ReportContext {
    /**
     * Page length (chars) after which sections add no more example records. The per-value, per-field
     * and per-group caps already bound the page; this bounds their product, so even wide records of
     * three-byte characters under many reasons keep the page under 5 MB.
     */
    static final int SAMPLE_BUDGET_CHARS = 1_200_000;

    final RunData data;
    final ReportOptions options;
    final Charts charts;
    final ValueView values;

    ReportContext(RunData data, ReportOptions options, Charts charts, ValueView values) {
        this.data = data;
        this.options = options;
        this.charts = charts;
        this.values = values;
    }

    /** Whether a section may still add example records to the page. */
    boolean roomForSamples(Html h) {
        return h.length() < SAMPLE_BUDGET_CHARS;
    }
}
