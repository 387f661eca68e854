package ai.refinery.cli;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.Mark;
import ai.refinery.core.recipe.Recipe;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code refinery train}: runs a recipe that has a train section (pipeline, training, evaluation). */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Run a recipe with a train section: refine the data, train the model, evaluate it, write the model file.")
final class TrainCommand extends RunCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        Recipe recipe = recipeOptions.load();
        if (!recipe.stages().containsKey("train")) {
            throw new ConfigException(Mark.of(recipeOptions.recipe.toString()), "the recipe has no train section; use 'refinery run' for it");
        }
        return run(recipe);
    }
}
