package ai.refinery.cli;

import ai.refinery.core.config.ConfigException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code refinery} command: run, validate and list operators. */
@Command(name = "refinery",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Refines raw data into trustworthy training data, as recipes of operators.",
        subcommands = {RunCommand.class, TrainCommand.class, EvaluateCommand.class, PredictCommand.class, ValidateCommand.class,
                ProfileCommand.class, OpsCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the run failed", "2:usage or recipe error"})
public final class RefineryCommand implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_RUN_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: run, train, evaluate, predict, validate or ops");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code (used by tests in-process). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RefineryCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof ConfigException ? EXIT_USAGE : EXIT_RUN_FAILED);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return EXIT_USAGE;
            }
            commandLine.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (System.getenv("REFINERY_DEBUG") != null) e.printStackTrace(commandLine.getErr());
            return EXIT_RUN_FAILED;
        });
        cl.setParameterExceptionHandler((e, args1) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return EXIT_USAGE;
        });
        return cl.execute(args);
    }
}
