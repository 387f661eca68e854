package ai.refinery.core.exec;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.io.Compression;
import ai.refinery.core.io.DiscardSink;
import ai.refinery.core.io.NoOptions;
import ai.refinery.core.op.FitContext;
import ai.refinery.core.op.Fitting;
import ai.refinery.core.recipe.ExecutorSpec;
import ai.refinery.core.recipe.OutputSpec;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.recipe.Step;
import ai.refinery.core.run.RunListener;
import ai.refinery.core.run.RunReport;
import ai.refinery.core.tap.RecordTap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fitting pass: for each step whose operator must learn from the data ({@link Fitting}), runs
 * the steps before it over the input on the recipe's executor, feeds what reaches the step to the
 * operator's fitter, and puts the learnt config in the step. Steps are fitted in order, so a
 * fitted step sees the records as the fitted steps before it leave them.
 */
final class StepFitting {
    private StepFitting() {}

    /** The recipe with every step that needed fitting fitted; the same recipe when none did. */
    static Recipe fit(Recipe recipe, RunListener listener) {
        List<Step> steps = new ArrayList<>(recipe.pipeline());
        boolean changed = false;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (!step.needsFit()) continue;
            Fitting<?> fitting = (Fitting<?>) step.provider();
            listener.stageProgress("fit " + step.id(), 0, "learning " + step.provider().name() + " settings from the data");
            steps.set(i, fitOne(recipe, steps.subList(0, i), step, fitting));
            listener.stageProgress("fit " + step.id(), 1, "done");
            changed = true;
        }
        if (!changed) return recipe;
        return new Recipe(recipe.name(), recipe.description(), recipe.file(), recipe.contentSha256(), recipe.fingerprint(),
                recipe.overrides(), recipe.seed(), recipe.input(), steps, recipe.output(), recipe.executor(), recipe.stages(),
                recipe.resolvedConfig());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Step fitOne(Recipe recipe, List<Step> before, Step step, Fitting fitting) {
        RecordTap<?> fitter = fitting.fitter(step.config());
        OutputSpec out = recipe.output();
        Path dir = scratchDir(out.dir(), step.id());
        // only the fitter's tap matters: the prefix's records are counted, not written
        OutputSpec scratch = new OutputSpec(dir, new DiscardSink(), new NoOptions(), Compression.NONE, out.recordsPerShard(),
                OutputSpec.WriteMode.OVERWRITE, 0, 0);
        Recipe prefix = new Recipe(recipe.name() + "/fit/" + step.id(), recipe.description(), recipe.file(), recipe.contentSha256(),
                recipe.fingerprint() + "/fit/" + step.id(), recipe.overrides(), recipe.seed(), recipe.input(), List.copyOf(before),
                scratch, lenient(recipe.executor()), Map.of(), recipe.resolvedConfig());
        RunHooks hooks = new RunHooks(List.of(), List.of(fitter), false, null);
        RunReport report;
        try {
            report = Executors.create(recipe.executor().type()).run(prefix, new RunOptions(false, RunListener.NONE, hooks));
        } finally {
            deleteQuietly(dir);
        }
        if (!report.succeeded()) {
            throw new IllegalStateException("fitting step '" + step.id() + "' failed: " + report.failure());
        }
        java.lang.Record config;
        try {
            config = fitting.fitted(step.config(), fitter, new FitContext(step.id(), fittedDir(out.dir(), step.id())));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new IllegalStateException("fitting step '" + step.id() + "' (" + step.provider().name() + ") on "
                    + report.records().out() + " records: " + e.getMessage(), e);
        }
        Step fitted = new Step(step.id(), step.provider(), config, ConfigBinder.values(config), step.context());
        fitted.createOperator(); // a fitted config must make a working operator, or fail here with its reason
        return fitted;
    }

    /**
     * The recipe's executor without the quarantine limit: the fitting pass learns from what it can
     * read, and the run after it applies the limit with its quarantine files kept for the user
     * (the fitting pass's are deleted with its scratch directory).
     */
    private static ExecutorSpec lenient(ExecutorSpec e) {
        return new ExecutorSpec(e.type(), e.threads(), e.batchSize(), e.maxInFlight(), 1.0);
    }

    /** The lasting directory of a fitted step's state, beside the output: {@code .<output>.fitted/<step>/} (not created here). */
    static Path fittedDir(Path outputDir, String stepId) {
        Path abs = outputDir.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + ".fitted").resolve(fileSafe(stepId));
    }

    private static String fileSafe(String stepId) {
        return stepId.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** A fresh directory beside the output (same file system), so the output itself stays untouched until the run. */
    private static Path scratchDir(Path outputDir, String stepId) {
        try {
            Path parent = outputDir.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, "." + outputDir.getFileName() + ".fit-" + fileSafe(stepId) + "-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create a scratch directory beside " + outputDir + " for fitting: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // scratch output of the fitting pass; the next overwrite of the output removes it
        }
    }
}
