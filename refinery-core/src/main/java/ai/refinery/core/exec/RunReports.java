package ai.refinery.core.exec;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.recipe.Step;
import ai.refinery.core.run.OperatorSummary;
import ai.refinery.core.run.RunReport;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the final {@link RunReport}, including the accounting check and the quarantine limit. */
final class RunReports {
    private RunReports() {}

    private static List<RunReport.StepInfo> steps(Recipe recipe) {
        List<RunReport.StepInfo> out = new java.util.ArrayList<>();
        for (Step s : recipe.pipeline()) {
            out.add(new RunReport.StepInfo(s.id(), s.provider().name(), s.context().seed(), ConfigBinder.values(s.config())));
        }
        return out;
    }

    static RunReport build(String runId, Recipe recipe, Instant started, long startNanos, boolean resumed, ShardCounters total,
                           List<RunReport.InputInfo> inputs, List<RunReport.OutputInfo> outputs, OutputLayout layout,
                           Throwable failure, int threads) {
        List<OperatorSummary> ops = total.summaries();
        long generated = 0;
        long droppedTotal = 0;
        Map<String, Map<String, Long>> dropped = new LinkedHashMap<>();
        Map<String, Long> quarantinedBy = new LinkedHashMap<>();
        if (total.readQuarantined > 0) quarantinedBy.put("read", total.readQuarantined);
        for (OperatorSummary s : ops) {
            generated += s.generated();
            droppedTotal += s.droppedTotal();
            if (!s.dropped().isEmpty()) dropped.put(s.name(), s.dropped());
            if (s.errors() > 0) quarantinedBy.put(s.name(), s.errors());
        }
        boolean balanced = total.in + generated == total.out + droppedTotal + total.quarantined;
        double fraction = total.in == 0 ? 0 : (double) total.quarantined / total.in;
        double max = recipe.executor().maxQuarantineFraction();
        String problem = null;
        if (failure != null) {
            problem = CompiledPipeline.describe(failure);
        } else if (!balanced) {
            problem = String.format("record accounting does not balance: in %d + generated %d != out %d + dropped %d + quarantined %d",
                    total.in, generated, total.out, droppedTotal, total.quarantined);
        } else if (fraction > max) {
            problem = String.format("%d of %d input records (%.2f%%) were quarantined, more than max_quarantine_fraction %.2f%%; see %s",
                    total.quarantined, total.in, 100 * fraction, 100 * max, layout.quarantineDir());
        }
        Instant finished = Instant.now();
        return new RunReport(
                runId,
                problem == null ? RunReport.Status.SUCCEEDED : RunReport.Status.FAILED,
                new RunReport.RecipeInfo(recipe.name(), recipe.file().toString(), recipe.contentSha256(), recipe.fingerprint(),
                        recipe.seed(), recipe.overrides()),
                new RunReport.ExecutorInfo("local", threads, recipe.executor().batchSize()),
                started.toString(),
                finished.toString(),
                (System.nanoTime() - startNanos) / 1e9,
                resumed,
                new RunReport.Records(total.in, generated, total.out, droppedTotal, dropped, total.quarantined, quarantinedBy, balanced),
                steps(recipe),
                ops,
                inputs,
                outputs,
                new RunReport.QuarantineInfo(layout.quarantineDir().toString(), total.quarantined, fraction, max),
                problem,
                Map.of());
    }
}
