package ai.refinery.core.exec;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.io.Compression;
import ai.refinery.core.io.FormatRegistry;
import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.SourceFormat;
import ai.refinery.core.recipe.InputSpec;
import ai.refinery.core.recipe.OutputSpec;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.core.record.Record;
import ai.refinery.core.run.RunListener;
import ai.refinery.core.run.RunReport;
import ai.refinery.core.stage.StageContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The {@link StageContext} of a run on this machine. */
final class LocalStageContext implements StageContext {
    private final Recipe recipe;
    private final RunReport report;
    private final Map<String, Map<String, Object>> earlier;
    private final RunListener listener;
    private final OutputLayout layout;
    private final boolean resuming;

    LocalStageContext(Recipe recipe, RunReport report, Map<String, Map<String, Object>> earlier, RunListener listener, boolean resuming) {
        this.recipe = recipe;
        this.resuming = resuming;
        this.report = report;
        this.earlier = earlier;
        this.listener = listener;
        this.layout = new OutputLayout(recipe.output().dir());
    }

    @Override public Recipe recipe() { return recipe; }
    @Override public RunReport report() { return report; }
    @Override public Map<String, Map<String, Object>> earlierStages() { return Collections.unmodifiableMap(earlier); }
    @Override public RunListener listener() { return listener; }
    @Override public boolean resuming() { return resuming; }

    @Override
    public Path workDir(String stage) throws IOException {
        return Files.createDirectories(layout.metaDir().resolve(stage));
    }

    @Override
    public void readOutput(Consumer<Record> sink) throws IOException {
        read(recipe.output(), report, sink);
    }

    @Override
    public RunReport refine(ConfigNode input, String name, Consumer<Record> sink) throws IOException {
        InputSpec in = RecipeLoader.withDefaults().input(input, recipe.file().getParent());
        OutputSpec out = recipe.output();
        OutputSpec subOut = new OutputSpec(layout.metaDir().resolve(name), out.format(), out.options(), out.compression(),
                out.recordsPerShard(), OutputSpec.WriteMode.OVERWRITE, out.droppedSamples(), out.changedSamples());
        Recipe sub = new Recipe(recipe.name() + "/" + name, recipe.description(), recipe.file(), recipe.contentSha256(),
                recipe.fingerprint() + "/" + name, recipe.overrides(), recipe.seed(), in, recipe.pipeline(), subOut,
                recipe.executor(), Map.of(), recipe.resolvedConfig());
        RunReport subReport = Executors.create(recipe.executor().type()).run(sub, new RunOptions(false, RunListener.NONE));
        if (!subReport.succeeded()) {
            throw new IOException("refining the " + name + " input failed: " + subReport.failure());
        }
        read(subOut, subReport, sink);
        return subReport;
    }

    /** Streams the shards a run wrote, in order, through the source format of the same name. */
    private static void read(OutputSpec out, RunReport run, Consumer<Record> sink) throws IOException {
        SourceFormat<?> format = FormatRegistry.load().source(out.format().name(), null);
        java.lang.Record options = ConfigBinder.bind(null, format.optionsType(), "reader of " + out.format().name());
        List<InputFile> shards = new ArrayList<>();
        for (RunReport.OutputInfo shard : run.outputs()) {
            Path file = out.dir().resolve(shard.path());
            shards.add(new InputFile(file, shard.path(), Compression.ofFileName(shard.path()), Files.size(file)));
        }
        InputRecords.forEach(new InputSpec(out.dir().toString(), shards, format, options, null), sink);
    }
}
