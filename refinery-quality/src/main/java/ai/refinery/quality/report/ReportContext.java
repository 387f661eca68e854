package ai.refinery.quality.report;

/** What every section reads from: the run's data, the caps, the chart registry and the value view. */
final class ReportContext {
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
}
