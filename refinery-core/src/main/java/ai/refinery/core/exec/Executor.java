package ai.refinery.core.exec;

import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.run.RunReport;

/**
 * Runs a validated recipe. The report says whether it succeeded; exceptions are left for problems
 * found before any data is touched (an output directory that may not be overwritten, a resume of
 * a different recipe).
 */
public interface Executor {
    RunReport run(Recipe recipe, RunOptions options);
}
