package ai.refinery.cli;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.io.InputFile;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.recipe.Step;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code refinery validate}: checks a recipe without reading any data and says what it would do. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a recipe (sections, operators, settings, input files) without reading data.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    RecipeOptions recipeOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Recipe r = recipeOptions.load();
        out.printf("%s: valid%n", r.file());
        out.printf("  input: %s (%s), %d file%s, %,d bytes%n", r.input().path(), r.input().format().name(),
                r.input().files().size(), r.input().files().size() == 1 ? "" : "s", r.input().totalBytes());
        for (InputFile f : r.input().files().subList(0, Math.min(5, r.input().files().size()))) {
            out.printf("    %s%n", f.label());
        }
        if (r.input().files().size() > 5) out.printf("    ... and %d more%n", r.input().files().size() - 5);
        out.printf("  pipeline: %d step%s%n", r.pipeline().size(), r.pipeline().size() == 1 ? "" : "s");
        for (Step s : r.pipeline()) {
            out.printf("    %s%s %s%n", s.provider().name(), s.id().equals(s.provider().name()) ? "" : " (" + s.id() + ")",
                    ConfigBinder.values(s.config()));
        }
        out.printf("  output: %s (%s%s), %s%n", r.output().dir(), r.output().format().name(),
                r.output().compression().suffix(), r.output().mode().name().toLowerCase(java.util.Locale.ROOT));
        out.printf("  executor: %s, %d threads, batches of %d%n", r.executor().type(), r.executor().effectiveThreads(), r.executor().batchSize());
        java.util.List<String> stages = r.stages().keySet().stream().filter(ai.refinery.core.stage.Stages.byName()::containsKey).toList();
        java.util.List<String> checks = r.stages().keySet().stream().filter(k -> !stages.contains(k)).toList();
        if (!stages.isEmpty()) out.printf("  later stages: %s%n", String.join(", ", stages));
        if (!checks.isEmpty()) out.printf("  also: %s (checked on every run)%n", String.join(", ", checks));
        out.flush();
        return RefineryCommand.EXIT_OK;
    }
}
