package ai.refinery.core.stage;

import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.record.Record;
import ai.refinery.core.run.RunListener;
import ai.refinery.core.run.RunReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/** What a stage can see and do: the run so far, its output, and the pipeline to refine more data. */
public interface StageContext {
    Recipe recipe();

    /** The report of the pipeline run. */
    RunReport report();

    /** Sections of the stages that ran before this one, by stage name. */
    Map<String, Map<String, Object>> earlierStages();

    /** A directory of this stage's own, under the output's {@code _refinery/} (created). */
    Path workDir(String stage) throws IOException;

    /** Streams the records the pipeline wrote, in output order. */
    void readOutput(Consumer<Record> sink) throws IOException;

    /**
     * Runs the recipe's pipeline over another input (an {@code input} section, e.g. the test
     * split of a dataset) into {@code <output>/_refinery/<name>/}, and streams the refined records.
     *
     * @return the report of that run (its accounting is checked like any run's)
     */
    RunReport refine(ConfigNode input, String name, Consumer<Record> sink) throws IOException;

    /** Where progress goes (a stage may report its own). */
    RunListener listener();

    /** True when the run was started with {@code --resume}: a stage may continue from its checkpoint. */
    boolean resuming();
}
