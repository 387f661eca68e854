package ai.refinery.core.extension;

import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.recipe.Recipe;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A module that takes part in runs beyond the pipeline and the stages: it watches the records
 * going in and out, may stop the output from being published, adds sections to {@code run.json}
 * and writes files beside it (expectations, profiles, the HTML report). Found through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/ai.refinery.core.extension.RunExtension});
 * core knows none.
 */
public interface RunExtension {
    /** The recipe sections this extension owns, e.g. {@code expect}; empty when it has none. */
    List<String> sections();

    /**
     * Checks the extension's sections before any data is read.
     *
     * @param sections the owned sections the recipe has (possibly none)
     * @throws ai.refinery.core.config.ConfigException naming the line and what to change
     */
    void validate(Map<String, ConfigNode> sections, Recipe recipe);

    /**
     * Joins a run that is about to start.
     *
     * @param sections the owned sections the recipe has (possibly none)
     * @return the session, or null to stay out of this run
     */
    RunSession begin(Map<String, ConfigNode> sections, Recipe recipe) throws IOException;
}
