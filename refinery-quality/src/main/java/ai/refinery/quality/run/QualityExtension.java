package ai.refinery.quality.run;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.extension.RunExtension;
import ai.refinery.core.extension.RunSession;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.quality.expect.ExpectPlan;
import ai.refinery.quality.history.MetricsHistory;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Takes part in every run: profiles the input and the output, checks the {@code expect:} section
 * (and refuses to publish output that breaks an error-level expectation), records the metrics
 * history, and writes {@code profile.json} and {@code report.html} beside {@code run.json}.
 */
public final class QualityExtension implements RunExtension {
    @Override
    public List<String> sections() {
        return List.of("expect", "report");
    }

    @Override
    public void validate(Map<String, ConfigNode> sections, Recipe recipe) {
        settings(sections);
        if (sections.containsKey("expect")) ExpectPlan.parse(sections.get("expect"), recipe, true);
    }

    @Override
    public RunSession begin(Map<String, ConfigNode> sections, Recipe recipe) throws IOException {
        ReportSettings report = settings(sections);
        ExpectPlan plan = sections.containsKey("expect") ? ExpectPlan.parse(sections.get("expect"), recipe, false) : ExpectPlan.none(recipe);
        if (!report.html() && !report.profile() && plan.isEmpty()) return null;
        MetricsHistory history = MetricsHistory.load(plan.historyFile());
        return new QualitySession(recipe, report, plan, history);
    }

    private static ReportSettings settings(Map<String, ConfigNode> sections) {
        return ConfigBinder.bind(sections.get("report"), ReportSettings.class, "report");
    }
}
