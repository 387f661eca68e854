package ai.refinery.core.recipe;

import ai.refinery.core.config.ConfigNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated recipe: everything needed to run it, checked before any data is read.
 *
 * @param contentSha256 SHA-256 of the recipe file's bytes
 * @param fingerprint   SHA-256 of the resolved configuration (after overrides) and input file
 *                      list, used to refuse resuming a different run
 * @param stages        the optional sections modules run, kept as written: later stages
 *                      ({@code split}, {@code train}, {@code evaluate}) and run extensions'
 *                      sections ({@code expect}, {@code report})
 */
public record Recipe(String name, String description, Path file, String contentSha256, String fingerprint,
                     List<String> overrides, long seed, InputSpec input, List<Step> pipeline, OutputSpec output,
                     ExecutorSpec executor, Map<String, ConfigNode> stages, Object resolvedConfig) {
    public Recipe {
        overrides = List.copyOf(overrides);
        pipeline = List.copyOf(pipeline);
        stages = Map.copyOf(stages);
    }
}
