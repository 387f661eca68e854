package ai.refinery.core.stage;

import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.recipe.Recipe;
import java.util.Map;

/**
 * A stage that runs after a recipe's pipeline has written its output ({@code train},
 * {@code evaluate}, ...), found by {@link #name()} — the recipe section it owns — through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/ai.refinery.core.stage.StageProvider}).
 * Core knows no concrete stage: the modules that train and evaluate provide them.
 */
public interface StageProvider {
    /** The recipe section this stage owns, e.g. {@code train}. */
    String name();

    /** Position among stages: lower runs first (train before evaluate). */
    int order();

    /**
     * Checks the stage's section before any data is read.
     *
     * @throws ai.refinery.core.config.ConfigException naming the line and what to change
     */
    void validate(ConfigNode section, Recipe recipe);

    /**
     * Runs the stage after the pipeline succeeded.
     *
     * @return the section this stage adds to {@code run.json} under {@link #name()}
     * @throws Exception any failure; the run is then reported as failed with its message
     */
    Map<String, Object> run(ConfigNode section, StageContext context) throws Exception;
}
