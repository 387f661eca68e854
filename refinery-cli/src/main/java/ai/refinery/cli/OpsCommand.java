package ai.refinery.cli;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.Mark;
import ai.refinery.core.config.SettingInfo;
import ai.refinery.core.io.FormatRegistry;
import ai.refinery.core.io.SinkFormat;
import ai.refinery.core.io.SourceFormat;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.OperatorRegistry;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code refinery ops}: the operators (and formats) on the class path with their settings. */
@Command(name = "ops", mixinStandardHelpOptions = true,
        description = "List the operators with their description and settings, and the input/output formats.")
final class OpsCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Show only this operator.")
    String name;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        OperatorRegistry registry = OperatorRegistry.load();
        Collection<OperatorProvider<?>> ops = name == null ? registry.all() : List.of(registry.get(name, Mark.of("refinery ops")));
        out.println("Operators:");
        for (OperatorProvider<?> p : ops) {
            out.printf("%n  %s%n    %s%n", p.name(), p.description());
            printSettings(out, p.settings());
        }
        if (name == null) {
            FormatRegistry formats = FormatRegistry.load();
            out.printf("%nInput formats (input.format, input.options):%n");
            for (SourceFormat<?> f : formats.sourceFormats()) {
                out.printf("%n  %s (%s)%n", f.name(), String.join(", ", f.extensions()));
                printSettings(out, ConfigBinder.describe(f.optionsType()));
            }
            out.printf("%nOutput formats (output.format, output.options):%n");
            for (SinkFormat<?> f : formats.sinkFormats()) {
                out.printf("%n  %s (%s)%n", f.name(), f.extension());
                printSettings(out, ConfigBinder.describe(f.optionsType()));
            }
        }
        out.flush();
        return RefineryCommand.EXIT_OK;
    }

    private static void printSettings(PrintWriter out, List<SettingInfo> settings) {
        for (SettingInfo s : settings) out.printf("      %s%n", s);
    }
}
