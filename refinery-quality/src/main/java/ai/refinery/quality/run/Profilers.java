package ai.refinery.quality.run;

import ai.refinery.quality.profile.DatasetProfiler;
import ai.refinery.quality.profile.ProfileOptions;
import ai.refinery.quality.report.ReportOptions;

/** Turns a recipe's {@code report:} settings into profiler and report options. */
final class Profilers {
    private Profilers() {}

    /**
     * A profiler for one side of a run.
     *
     * @param balanceColumn the column of a class_balance expectation on that side, or null; it
     *                      wins over {@code report.label} so the expectation can be measured
     */
    static DatasetProfiler create(ReportSettings report, String balanceColumn) {
        ProfileOptions options = ProfileOptions.defaults().withLabelColumn(balanceColumn != null ? balanceColumn : report.label());
        if (report.columns() != null && !report.columns().isEmpty()) options = options.withColumns(report.columns());
        if (report.patterns() != null && !report.patterns().isEmpty()) options = options.withPatterns(report.patterns());
        return new DatasetProfiler(options);
    }

    static ReportOptions reportOptions(ReportSettings report) {
        return ReportOptions.defaults().withMaxSamplesPerKey(report.samples()).withPngs(report.png());
    }
}
