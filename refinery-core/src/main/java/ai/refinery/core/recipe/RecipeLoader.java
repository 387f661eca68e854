package ai.refinery.core.recipe;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.config.Mark;
import ai.refinery.core.config.Setting;
import ai.refinery.core.config.Suggestions;
import ai.refinery.core.config.YamlConfigReader;
import ai.refinery.core.extension.RunExtension;
import ai.refinery.core.extension.RunExtensions;
import ai.refinery.core.io.Compression;
import ai.refinery.core.io.DatasetProvider;
import ai.refinery.core.io.FormatRegistry;
import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.InputFiles;
import ai.refinery.core.io.SinkFormat;
import ai.refinery.core.io.SourceFormat;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.OperatorRegistry;
import ai.refinery.core.stage.StageProvider;
import ai.refinery.core.stage.Stages;
import ai.refinery.core.util.Sha256;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates a recipe: YAML, then {@code --set} overrides, then every section, operator
 * and setting, and the input files' existence. Any problem is a {@link ConfigException} naming the
 * recipe file, line and column; no data is read.
 */
public final class RecipeLoader {
    private static final List<String> CORE_SECTIONS = List.of("name", "description", "seed", "input", "pipeline", "output", "executor");
    /**
     * Sections run by the project's modules: stages after the pipeline, or run extensions (quality
     * gates, report), known even when their module is missing, to say which module brings them.
     * Extensions and stages on the class path may add more.
     */
    private static final List<String> MODULE_SECTIONS = List.of("split", "train", "evaluate", "expect", "report");
    private static final Set<String> STEP_KEYS = Set.of("op", "id");

    private final OperatorRegistry operators;
    private final FormatRegistry formats;

    private final Set<String> executorTypes;
    private final Map<String, DatasetProvider<?>> datasets = loadDatasets();
    private final Map<String, StageProvider> stages = Stages.byName();
    private final List<RunExtension> extensions = RunExtensions.load();

    public RecipeLoader(OperatorRegistry operators, FormatRegistry formats, Set<String> executorTypes) {
        this.operators = operators;
        this.formats = formats;
        this.executorTypes = Set.copyOf(executorTypes);
    }

    /** A loader that knows every operator, format and executor on the class path. */
    public static RecipeLoader withDefaults() {
        return new RecipeLoader(OperatorRegistry.load(), FormatRegistry.load(), ai.refinery.core.exec.Executors.types());
    }

    /** The recipe's top section ({@code name}, {@code seed}, ...). */
    record Header(@Setting("Name of the recipe, shown in reports.") String name,
                  @Setting(value = "What the recipe does.", optional = true) String description,
                  @Setting(value = "Seed for every random choice; each step derives its own from it.", defaultValue = "42") long seed) {
        Header {
            if (name.isBlank()) throw new IllegalArgumentException("name must not be empty");
        }
    }

    record InputSection(@Setting(value = "A file, a directory or a glob (e.g. data/*.jsonl.gz), relative to the recipe file.", optional = true)
                        String path,
                        @Setting(value = "A public dataset by name instead of a path (e.g. mnist); fetched into a cache on first use.",
                                optional = true) String dataset,
                        @Setting(value = "jsonl, csv, parquet, ...; by default inferred from the file names.", optional = true) String format,
                        @Setting(value = "Use this field's value as the record id (default: file:line).", optional = true) String idField,
                        @Setting(value = "Options of the input format.", optional = true) ConfigNode options) {}

    record OutputSection(@Setting("Directory to write shards and the run report to, relative to the recipe file.") String path,
                         @Setting(value = "Output format.", defaultValue = "jsonl") String format,
                         @Setting(value = "Compression of byte formats.", defaultValue = "none") CompressionSetting compression,
                         @Setting(value = "Input records per output shard; shards are the unit of resume.", defaultValue = "100000") long recordsPerShard,
                         @Setting(value = "When the directory already holds output: error or overwrite.", defaultValue = "error") OutputSpec.WriteMode mode,
                         @Setting(value = "Dropped records kept as examples in _refinery/dropped/<step>/<reason>.jsonl, per step, reason and shard; 0 keeps none.",
                                 defaultValue = "10") int droppedSamples,
                         @Setting(value = "Records a mapper changed kept as before/after examples in _refinery/changed/, per step and shard; 0 keeps none.",
                                 defaultValue = "5") int changedSamples,
                         @Setting(value = "Options of the output format.", optional = true) ConfigNode options) {
        OutputSection {
            if (recordsPerShard < 1) throw new IllegalArgumentException("records_per_shard must be >= 1, got " + recordsPerShard);
            if (droppedSamples < 0) throw new IllegalArgumentException("dropped_samples must be >= 0, got " + droppedSamples);
            if (changedSamples < 0) throw new IllegalArgumentException("changed_samples must be >= 0, got " + changedSamples);
        }
    }

    enum CompressionSetting {
        NONE(Compression.NONE), GZIP(Compression.GZIP), ZSTD(Compression.ZSTD);
        final Compression value;

        CompressionSetting(Compression value) {
            this.value = value;
        }
    }

    /** Core's sections, then the modules' (stages and extensions), in that order. */
    List<String> knownSections() {
        java.util.LinkedHashSet<String> known = new java.util.LinkedHashSet<>(CORE_SECTIONS);
        known.addAll(MODULE_SECTIONS);
        known.addAll(stages.keySet());
        for (RunExtension x : extensions) known.addAll(x.sections());
        return List.copyOf(known);
    }

    public Recipe load(Path file, List<String> overrides) {
        Path recipeFile = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(recipeFile)) {
            throw new ConfigException(Mark.of(file.toString()), "recipe file not found");
        }
        ConfigNode root = YamlConfigReader.read(recipeFile, file.toString());
        if (!root.isMap()) throw new ConfigException(root.mark(), "a recipe is a mapping with name, input, pipeline and output");
        root = Overrides.apply(root, overrides);
        List<String> known = knownSections();
        for (String key : root.entries().keySet()) {
            if (!known.contains(key)) {
                throw new ConfigException(root.keyMark(key), "unknown recipe section '" + key + "'" + Suggestions.didYouMean(key, known)
                        + "; known sections: " + String.join(", ", known));
            }
        }
        Path baseDir = recipeFile.getParent();
        ConfigNode headerNode = ConfigNode.map(pick(root, "name", "description", "seed"), Map.of(), root.mark());
        Header header = ConfigBinder.bind(withKeyMarks(headerNode, root), Header.class, "recipe");
        InputSpec input = input(require(root, "input"), baseDir);
        List<Step> pipeline = pipeline(root.get("pipeline"), header.seed());
        OutputSpec output = output(require(root, "output"), baseDir);
        for (InputFile f : input.files()) {
            if (f.path().toAbsolutePath().normalize().startsWith(output.dir())) {
                throw new ConfigException(root.get("output").mark(), "output.path " + output.dir() + " contains input file "
                        + f.label() + "; a run would read its own output next time: write elsewhere or narrow input.path");
            }
        }
        ExecutorSpec executor = ConfigBinder.bind(root.get("executor"), ExecutorSpec.class, "executor");
        if (!executorTypes.contains(executor.type())) {
            ConfigNode t = root.get("executor").get("type");
            throw new ConfigException(t.mark(), "unknown executor type '" + executor.type() + "'"
                    + Suggestions.didYouMean(executor.type(), executorTypes) + "; known: " + String.join(", ", executorTypes));
        }
        Map<String, ConfigNode> stages = new LinkedHashMap<>();
        for (String s : known) if (!CORE_SECTIONS.contains(s) && root.get(s) != null) stages.put(s, root.get(s));
        Recipe partial = new Recipe(header.name(), header.description(), recipeFile, "", "", overrides, header.seed(), input,
                pipeline, output, executor, stages, root.toPlain());
        for (Map.Entry<String, ConfigNode> e : stages.entrySet()) {
            StageProvider stage = this.stages.get(e.getKey());
            if (stage != null) {
                stage.validate(e.getValue(), partial);
            } else if (extensions.stream().noneMatch(x -> x.sections().contains(e.getKey()))) {
                throw new ConfigException(root.keyMark(e.getKey()), "no module on the class path runs '" + e.getKey()
                        + "' sections (train and evaluate come with refinery-learn, expect and report with refinery-quality)");
            }
        }
        for (RunExtension x : extensions) x.validate(owned(x, stages), partial);
        Object resolved = root.toPlain();
        String contentHash;
        try {
            contentHash = Sha256.hex(Files.readAllBytes(recipeFile));
        } catch (IOException e) {
            throw new ConfigException(Mark.of(file.toString()), "cannot read recipe: " + e.getMessage(), e);
        }
        return new Recipe(header.name(), header.description(), recipeFile, contentHash, fingerprint(resolved, input),
                overrides, header.seed(), input, pipeline, output, executor, stages, resolved);
    }

    /** The sections of {@code sections} that {@code extension} owns. */
    public static Map<String, ConfigNode> owned(RunExtension extension, Map<String, ConfigNode> sections) {
        Map<String, ConfigNode> m = new LinkedHashMap<>();
        for (String s : extension.sections()) if (sections.containsKey(s)) m.put(s, sections.get(s));
        return m;
    }

    private static ConfigNode require(ConfigNode root, String key) {
        ConfigNode n = root.get(key);
        if (n == null || n.isNull()) {
            throw new ConfigException(root.mark(), "missing required section '" + key + "'");
        }
        return n;
    }

    private static Map<String, ConfigNode> pick(ConfigNode root, String... keys) {
        Map<String, ConfigNode> m = new LinkedHashMap<>();
        for (String k : keys) if (root.get(k) != null) m.put(k, root.get(k));
        return m;
    }

    private static ConfigNode withKeyMarks(ConfigNode picked, ConfigNode root) {
        Map<String, ai.refinery.core.config.Mark> marks = new LinkedHashMap<>();
        for (String k : picked.entries().keySet()) marks.put(k, root.keyMark(k));
        return ConfigNode.map(picked.entries(), marks, root.mark());
    }

    /** Resolves an {@code input} section (a stage refines another input with the same pipeline). */
    public InputSpec input(ConfigNode node, Path baseDir) {
        InputSection s = ConfigBinder.bind(node, InputSection.class, "input");
        if ((s.path() == null) == (s.dataset() == null)) {
            throw new ConfigException(node.mark(), "input needs either a path or a dataset (not both)");
        }
        if (s.dataset() != null) s = resolveDataset(node, s);
        SourceFormat<?> format = s.format() == null ? null
                : formats.source(s.format(), node.get("format") != null ? node.get("format").mark() : node.mark());
        SourceFormat<?> chosen = format;
        List<InputFile> files = InputFiles.expand(s.path(), baseDir,
                name -> chosen != null ? claims(chosen, name) : formats.sourceForFile(name) != null);
        Mark pathMark = node.get("path") != null ? node.get("path").mark() : node.mark();
        if (files.isEmpty()) {
            throw new ConfigException(pathMark, "no input files match '" + s.path() + "' (looked in " + baseDir.resolve(s.path()).normalize() + ")");
        }
        if (format == null) {
            Set<SourceFormat<?>> found = new HashSet<>();
            for (InputFile f : files) {
                SourceFormat<?> sf = formats.sourceForFile(f.path().getFileName().toString());
                if (sf == null) {
                    throw new ConfigException(pathMark, "cannot tell the format of " + f.label() + "; set input.format");
                }
                found.add(sf);
            }
            if (found.size() > 1) throw new ConfigException(pathMark, "input mixes formats; set input.format or narrow input.path");
            format = found.iterator().next();
        }
        java.lang.Record options = ConfigBinder.bind(s.options(), format.optionsType(), "input.options (" + format.name() + ")");
        return new InputSpec(s.path(), files, format, options, s.idField());
    }

    /** Turns {@code dataset: name} into the local files and format the provider names. */
    private InputSection resolveDataset(ConfigNode node, InputSection s) {
        Mark where = node.get("dataset").mark();
        DatasetProvider<?> provider = datasets.get(s.dataset());
        if (provider == null) {
            throw new ConfigException(where, "unknown dataset '" + s.dataset() + "'" + Suggestions.didYouMean(s.dataset(), datasets.keySet())
                    + "; known: " + String.join(", ", datasets.keySet()));
        }
        @SuppressWarnings("unchecked")
        DatasetProvider<java.lang.Record> p = (DatasetProvider<java.lang.Record>) provider;
        java.lang.Record options = ConfigBinder.bind(s.options(), p.optionsType(), "input.options (dataset " + s.dataset() + ")");
        DatasetProvider.ResolvedDataset resolved;
        try {
            resolved = p.resolve(options, line -> System.err.println("refinery: " + line));
        } catch (IOException e) {
            throw new ConfigException(where, "dataset '" + s.dataset() + "' is not available: " + e.getMessage(), e);
        }
        ConfigNode formatOptions = YamlConfigReader.parseValue(toFlowYaml(resolved.formatOptions()), where);
        return new InputSection(resolved.path(), null, resolved.format(), s.idField(), formatOptions);
    }

    /** The options map as one line of YAML flow syntax (JSON is valid YAML). */
    private static String toFlowYaml(Map<String, Object> options) {
        try {
            return new ObjectMapper().writeValueAsString(options);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean claims(SourceFormat<?> f, String fileName) {
        if (f.extensions().isEmpty()) return true; // a format named in the recipe that claims no ending (files) reads every file
        String n = Compression.stripSuffix(fileName).toLowerCase(java.util.Locale.ROOT);
        for (String ext : f.extensions()) if (n.endsWith(ext)) return true;
        return false;
    }

    private OutputSpec output(ConfigNode node, Path baseDir) {
        OutputSection s = ConfigBinder.bind(node, OutputSection.class, "output");
        Mark formatMark = node.get("format") != null ? node.get("format").mark() : node.mark();
        SinkFormat<?> format = formats.sink(s.format(), formatMark);
        java.lang.Record options = ConfigBinder.bind(s.options(), format.optionsType(), "output.options (" + format.name() + ")");
        return new OutputSpec(baseDir.resolve(s.path()).normalize(), format, options, s.compression().value, s.recordsPerShard(), s.mode(), s.droppedSamples(),
                s.changedSamples());
    }

    private List<Step> pipeline(ConfigNode node, long recipeSeed) {
        List<Step> steps = new ArrayList<>();
        if (node == null || node.isNull()) return steps;
        if (!node.isList()) throw new ConfigException(node.mark(), "pipeline must be a list of steps, each '- op: <name>' with its settings");
        Set<String> ids = new HashSet<>();
        List<ConfigNode> items = node.items();
        for (int i = 0; i < items.size(); i++) {
            ConfigNode item = items.get(i);
            if (!item.isMap() || item.get("op") == null) {
                throw new ConfigException(item.mark(), "each pipeline step needs 'op: <operator name>'");
            }
            String opName = item.get("op").asString();
            OperatorProvider<?> provider = operators.get(opName, item.get("op").mark());
            String id = item.get("id") != null ? item.get("id").asString() : opName;
            if (!ids.add(id)) id = opName + "_" + i;
            OperatorContext ctx = new OperatorContext(id, i, mixSeed(recipeSeed, i));
            java.lang.Record config = ConfigBinder.bind(item, provider.configType(), "operator '" + opName + "'", STEP_KEYS);
            @SuppressWarnings("unchecked")
            Map<String, Object> settings = (Map<String, Object>) item.toPlain();
            Step step = new Step(id, provider, config, settings, ctx);
            try {
                if (!step.needsFit()) step.createOperator(); // a step that learns from data is created after fitting
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new ConfigException(item.mark(), "operator '" + opName + "': " + e.getMessage(), e);
            }
            steps.add(step);
        }
        return steps;
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, DatasetProvider<?>> loadDatasets() {
        Map<String, DatasetProvider<?>> m = new java.util.TreeMap<>();
        for (DatasetProvider p : java.util.ServiceLoader.load(DatasetProvider.class, Thread.currentThread().getContextClassLoader())) {
            m.put(p.name(), p);
        }
        return m;
    }

    /** A step's seed: the recipe seed mixed with its position (SplitMix64 finalizer). */
    static long mixSeed(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String fingerprint(Object resolved, InputSpec input) {
        Map<String, Object> f = new LinkedHashMap<>();
        // Settings that do not change the output may differ between a run and its resume.
        @SuppressWarnings("unchecked")
        Map<String, Object> config = new LinkedHashMap<>((Map<String, Object>) resolved);
        config.remove("executor");
        if (config.get("output") instanceof Map<?, ?> out) {
            Map<Object, Object> o = new LinkedHashMap<>(out);
            o.remove("mode");
            o.remove("dropped_samples");
            o.remove("changed_samples");
            config.put("output", o);
        }
        f.put("config", config);
        if (resolved instanceof Map<?, ?> m && m.get("executor") instanceof Map<?, ?> ex && ex.get("batch_size") != null) {
            f.put("batch_size", ex.get("batch_size"));
        }
        List<Object> files = new ArrayList<>();
        for (InputFile file : input.files()) files.add(List.of(file.label(), file.sizeBytes()));
        f.put("files", files);
        try {
            return Sha256.hex(new ObjectMapper().writeValueAsBytes(f));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
