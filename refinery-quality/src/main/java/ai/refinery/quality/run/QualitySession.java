package ai.refinery.quality.run;

import ai.refinery.core.extension.RunSession;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.run.RunReport;
import ai.refinery.core.tap.RecordTap;
import ai.refinery.quality.expect.ExpectPlan;
import ai.refinery.quality.expect.ExpectationRun;
import ai.refinery.quality.expect.Side;
import ai.refinery.quality.history.MetricsHistory;
import ai.refinery.quality.profile.DatasetProfile;
import ai.refinery.quality.profile.DatasetProfiler;
import ai.refinery.quality.profile.ProfileJson;
import ai.refinery.quality.report.RunReportPage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The quality extension's part in one run. */
final class QualitySession implements RunSession {
    private final Recipe recipe;
    private final ReportSettings report;
    private final ExpectPlan plan;
    private final ExpectationRun expectations;
    private final DatasetProfiler inputProfiler;
    private final DatasetProfiler outputProfiler;

    QualitySession(Recipe recipe, ReportSettings report, ExpectPlan plan, MetricsHistory history) {
        this.recipe = recipe;
        this.report = report;
        this.plan = plan;
        this.expectations = plan.isEmpty() ? null : new ExpectationRun(plan, history);
        boolean profile = report.profile() || !plan.isEmpty();
        this.inputProfiler = profile ? Profilers.create(report, plan.balanceColumn(Side.INPUT)) : null;
        this.outputProfiler = profile ? Profilers.create(report, plan.balanceColumn(Side.OUTPUT)) : null;
    }

    @Override
    public List<RecordTap<?>> inputTaps() {
        return taps(inputProfiler, Side.INPUT);
    }

    @Override
    public List<RecordTap<?>> outputTaps() {
        return taps(outputProfiler, Side.OUTPUT);
    }

    private List<RecordTap<?>> taps(DatasetProfiler profiler, Side side) {
        List<RecordTap<?>> taps = new ArrayList<>();
        if (profiler != null) taps.add(profiler);
        if (expectations != null) taps.addAll(expectations.taps(side));
        return taps;
    }

    @Override
    public boolean gatesOutput() {
        return plan.gates();
    }

    @Override
    public String refusal() {
        return expectations == null ? null : expectations.refusal(profile(inputProfiler), profile(outputProfiler));
    }

    @Override
    public Map<String, Map<String, Object>> runSections(RunReport pipeline) {
        if (expectations == null) return Map.of();
        return Map.of("expectations", expectations.section(profile(inputProfiler), profile(outputProfiler), pipeline.succeeded()));
    }

    @Override
    public void finished(RunReport run, Path refineryDir) throws IOException {
        DatasetProfile in = profile(inputProfiler);
        DatasetProfile out = profile(outputProfiler);
        if (in != null) ProfileJson.write(refineryDir.resolve("profile.json"), in, out);
        if (run.succeeded() && in != null) {
            Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
            metrics.put(Side.INPUT.label(), in.metrics());
            metrics.put(Side.OUTPUT.label(), out.metrics());
            MetricsHistory.append(plan.historyFile(), new MetricsHistory.Entry(run.runId(), Instant.now().toString(), recipe.name(), metrics));
        }
        if (report.html()) RunReportPage.write(refineryDir, Profilers.reportOptions(report));
    }

    private static DatasetProfile profile(DatasetProfiler p) {
        return p == null ? null : p.result();
    }
}
