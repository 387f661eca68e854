package ai.refinery.cli;

import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.recipe.RecipeLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The recipe argument and its {@code --set} overrides, shared by run and validate. */
final class RecipeOptions {
    @Parameters(index = "0", paramLabel = "RECIPE", description = "The recipe file (YAML).")
    Path recipe;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a recipe setting, e.g. --set executor.threads=4 or --set pipeline.sample.fraction=0.1 (repeatable).")
    List<String> overrides = new ArrayList<>();

    Recipe load() {
        return RecipeLoader.withDefaults().load(recipe, overrides);
    }
}
