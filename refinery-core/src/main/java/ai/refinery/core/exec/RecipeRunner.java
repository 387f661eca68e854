package ai.refinery.core.exec;

import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.run.RunReport;
import ai.refinery.core.run.RunReportJson;
import ai.refinery.core.stage.StageProvider;
import ai.refinery.core.stage.Stages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a whole recipe: the pipeline on its executor, then the stages it names ({@code train},
 * {@code evaluate}, ...) in their order, each adding its section to {@code run.json}. A stage
 * runs only when everything before it succeeded.
 */
public final class RecipeRunner {
    private final Map<String, StageProvider> stages;

    public RecipeRunner() {
        this(Stages.byName());
    }

    RecipeRunner(Map<String, StageProvider> stages) {
        this.stages = stages;
    }

    public RunReport run(Recipe recipe, RunOptions options) {
        long t0 = System.nanoTime();
        RunReport report = Executors.create(recipe.executor().type()).run(recipe, options);
        if (!report.succeeded() || recipe.stages().isEmpty()) return report;

        List<StageProvider> ordered = recipe.stages().keySet().stream()
                .map(stages::get)
                .sorted(Comparator.comparingInt(StageProvider::order))
                .toList();
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        LocalStageContext context = new LocalStageContext(recipe, report, sections, options.listener(), options.resume());
        String failure = null;
        for (StageProvider stage : ordered) {
            ConfigNode section = recipe.stages().get(stage.name());
            try {
                sections.put(stage.name(), stage.run(section, context));
            } catch (Exception e) {
                failure = stage.name() + " failed: " + (e.getMessage() == null ? e.toString() : e.getMessage());
                if (e instanceof RuntimeException && !(e instanceof IllegalArgumentException) && !(e instanceof IllegalStateException)) {
                    System.getLogger(RecipeRunner.class.getName()).log(System.Logger.Level.ERROR, failure, e);
                }
                break;
            }
        }
        RunReport full = report.withStages(sections, failure, Instant.now().toString(), report.seconds() + elapsedSince(t0, report));
        try {
            RunReportJson.write(full, new OutputLayout(recipe.output().dir()).runJson());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write run.json: " + e.getMessage(), e);
        }
        options.listener().finished(full);
        return full;
    }

    /** Seconds the stages took (the pipeline's own seconds are already in the report). */
    private static double elapsedSince(long t0, RunReport report) {
        return Math.max(0, (System.nanoTime() - t0) / 1e9 - report.seconds());
    }
}
