package ai.refinery.core.exec;

import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.extension.RunExtension;
import ai.refinery.core.extension.RunExtensions;
import ai.refinery.core.extension.RunSession;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.core.run.RunReport;
import ai.refinery.core.run.RunReportJson;
import ai.refinery.core.stage.StageProvider;
import ai.refinery.core.stage.Stages;
import ai.refinery.core.tap.RecordTap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a whole recipe: the fitting pass for steps that learn from the data, the pipeline on its
 * executor with the taps and gates of the run extensions (expectations, profiles), then the stages
 * it names ({@code train}, {@code evaluate}, ...) in their order, each adding its section to
 * {@code run.json}; finally the extensions see the finished run (and write the HTML report). A
 * stage runs only when everything before it succeeded.
 */
public final class RecipeRunner {
    private static final System.Logger LOG = System.getLogger(RecipeRunner.class.getName());
    private final Map<String, StageProvider> stages;
    private final List<RunExtension> extensions;

    public RecipeRunner() {
        this(Stages.byName(), RunExtensions.load());
    }

    RecipeRunner(Map<String, StageProvider> stages, List<RunExtension> extensions) {
        this.stages = stages;
        this.extensions = extensions;
    }

    public RunReport run(Recipe recipe, RunOptions options) {
        long t0 = System.nanoTime();
        List<RunSession> sessions = begin(recipe);
        Recipe fitted = StepFitting.fit(recipe, options.listener());
        RunReport report = Executors.create(recipe.executor().type()).run(fitted, options.withHooks(hooks(sessions)));

        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        String failure = report.succeeded() ? runStages(fitted, report, sections, options) : null;
        Map<String, Map<String, Object>> extra = new LinkedHashMap<>();
        for (RunSession s : sessions) extra.putAll(s.runSections(report));
        if (sections.isEmpty() && extra.isEmpty() && failure == null) {
            finish(sessions, report, recipe);
            return report;
        }
        RunReport full = report.withStages(sections, failure, Instant.now().toString(), report.seconds() + elapsedSince(t0, report))
                .withSections(extra);
        try {
            RunReportJson.write(full, new OutputLayout(recipe.output().dir()).runJson());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write run.json: " + e.getMessage(), e);
        }
        finish(sessions, full, recipe);
        options.listener().finished(full);
        return full;
    }

    private List<RunSession> begin(Recipe recipe) {
        List<RunSession> sessions = new ArrayList<>();
        for (RunExtension x : extensions) {
            try {
                RunSession s = x.begin(RecipeLoader.owned(x, recipe.stages()), recipe);
                if (s != null) sessions.add(s);
            } catch (IOException e) {
                throw new UncheckedIOException(x.getClass().getSimpleName() + " cannot start: " + e.getMessage(), e);
            }
        }
        return sessions;
    }

    private static RunHooks hooks(List<RunSession> sessions) {
        List<RecordTap<?>> in = new ArrayList<>();
        List<RecordTap<?>> out = new ArrayList<>();
        boolean gated = false;
        for (RunSession s : sessions) {
            in.addAll(s.inputTaps());
            out.addAll(s.outputTaps());
            gated |= s.gatesOutput();
        }
        return new RunHooks(in, out, gated, () -> {
            List<String> refusals = new ArrayList<>();
            for (RunSession s : sessions) {
                String r = s.refusal();
                if (r != null) refusals.add(r);
            }
            return refusals.isEmpty() ? null : String.join("; ", refusals);
        });
    }

    /** Runs the stages the recipe names; returns the first failure, or null. */
    private String runStages(Recipe recipe, RunReport report, Map<String, Map<String, Object>> sections, RunOptions options) {
        List<StageProvider> ordered = recipe.stages().keySet().stream()
                .filter(stages::containsKey)
                .map(stages::get)
                .sorted(Comparator.comparingInt(StageProvider::order))
                .toList();
        LocalStageContext context = new LocalStageContext(recipe, report, sections, options.listener(), options.resume());
        for (StageProvider stage : ordered) {
            ConfigNode section = recipe.stages().get(stage.name());
            try {
                sections.put(stage.name(), stage.run(section, context));
            } catch (Exception e) {
                String failure = stage.name() + " failed: " + (e.getMessage() == null ? e.toString() : e.getMessage());
                if (e instanceof RuntimeException && !(e instanceof IllegalArgumentException) && !(e instanceof IllegalStateException)) {
                    LOG.log(System.Logger.Level.ERROR, failure, e);
                }
                return failure;
            }
        }
        return null;
    }

    /** Lets each extension see the finished run; a failing extension is logged, the run's outcome stands. */
    private static void finish(List<RunSession> sessions, RunReport report, Recipe recipe) {
        java.nio.file.Path dir = new OutputLayout(recipe.output().dir()).metaDir();
        for (RunSession s : sessions) {
            try {
                s.finished(report, dir);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "after run " + report.runId() + ": " + e.getMessage(), e);
            }
        }
    }

    /** Seconds the stages took (the pipeline's own seconds are already in the report). */
    private static double elapsedSince(long t0, RunReport report) {
        return Math.max(0, (System.nanoTime() - t0) / 1e9 - report.seconds());
    }
}
