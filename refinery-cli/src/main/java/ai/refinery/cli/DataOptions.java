package ai.refinery.cli;

import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.Mark;
import ai.refinery.core.config.YamlConfigReader;
import ai.refinery.core.recipe.InputSpec;
import ai.refinery.core.recipe.RecipeLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Data named on the command line: a path or a dataset, with its format and options, as an input section. */
final class DataOptions {
    /** DATA, the command's second positional parameter (picocli mixins cannot hold index 1 alone). */
    String path;

    @Option(names = "--dataset", paramLabel = "NAME", description = "A public dataset instead of DATA, e.g. mnist.")
    String dataset;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Input format (default: from the file names).")
    String format;

    @Option(names = {"-o", "--option"}, paramLabel = "KEY=VALUE",
            description = "An input option, e.g. --option split=test or --option labels=t10k-labels-idx1-ubyte (repeatable).")
    List<String> options = new ArrayList<>();

    @Option(names = "--id-field", paramLabel = "FIELD", description = "Field whose value names each record.")
    String idField;

    InputSpec resolve() {
        Mark mark = Mark.of("command line");
        if ((path == null) == (dataset == null)) throw new ConfigException(mark, "give either DATA or --dataset NAME");
        Map<String, ConfigNode> input = new LinkedHashMap<>();
        if (path != null) input.put("path", ConfigNode.scalar(path, mark));
        if (dataset != null) input.put("dataset", ConfigNode.scalar(dataset, mark));
        if (format != null) input.put("format", ConfigNode.scalar(format, mark));
        if (idField != null) input.put("id_field", ConfigNode.scalar(idField, mark));
        Map<String, ConfigNode> opts = new LinkedHashMap<>();
        for (String o : options) {
            int eq = o.indexOf('=');
            if (eq <= 0) throw new ConfigException(Mark.of("--option " + o), "expected KEY=VALUE");
            opts.put(o.substring(0, eq), YamlConfigReader.parseValue(o.substring(eq + 1), Mark.of("--option " + o)));
        }
        if (!opts.isEmpty()) input.put("options", ConfigNode.map(opts, Map.of(), mark));
        return RecipeLoader.withDefaults().input(ConfigNode.map(input, Map.of(), mark), Path.of("").toAbsolutePath());
    }
}
