package ai.refinery.cli;

import ai.refinery.core.exec.RecipeRunner;
import ai.refinery.core.exec.RunOptions;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.run.RunListener;
import ai.refinery.core.run.RunReport;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code refinery run}: validates a recipe, runs it and prints what happened to the records. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a recipe: read the input, apply the pipeline, write the output and _refinery/run.json.")
class RunCommand implements Callable<Integer> {
    @Mixin
    RecipeOptions recipeOptions;

    @Option(names = "--resume", description = "Continue an interrupted run: keep its finished shards, redo the rest.")
    boolean resume;

    @Option(names = "--no-progress", description = "Do not show the progress bar.")
    boolean noProgress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return run(recipeOptions.load());
    }

    /** Runs a loaded recipe and prints its summary; the exit code. */
    int run(Recipe recipe) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunListener listener = noProgress ? RunListener.NONE : new ProgressBar(err, System.console() != null);
        RunReport report = new RecipeRunner().run(recipe, new RunOptions(resume, listener));
        printSummary(out, recipe, report);
        if (!report.succeeded()) {
            err.println("error: run failed: " + report.failure());
            return RefineryCommand.EXIT_RUN_FAILED;
        }
        return RefineryCommand.EXIT_OK;
    }

    static void printSummary(PrintWriter out, Recipe recipe, RunReport report) {
        RunReport.Records r = report.records();
        out.printf("%s %s in %.1fs%s%n", recipe.name(), report.status().label(), report.seconds(), report.resumed() ? " (resumed)" : "");
        out.printf("  records: %,d in%s, %,d out, %,d dropped, %,d quarantined%n", r.in(),
                r.generated() > 0 ? String.format(" + %,d generated", r.generated()) : "", r.out(), r.droppedTotal(), r.quarantined());
        for (Map.Entry<String, Map<String, Long>> e : r.dropped().entrySet()) {
            for (Map.Entry<String, Long> reason : e.getValue().entrySet()) {
                out.printf("    dropped by %s: %,d %s%n", e.getKey(), reason.getValue(), reason.getKey());
            }
        }
        for (Map.Entry<String, Long> e : r.quarantinedBy().entrySet()) {
            out.printf("    quarantined at %s: %,d%n", e.getKey(), e.getValue());
        }
        if (r.quarantined() > 0) out.printf("  quarantine: %s%n", report.quarantine().path());
        for (Map.Entry<String, Map<String, Object>> stage : report.stages().entrySet()) {
            if (stage.getKey().equals("expectations")) {
                printExpectations(out, stage.getValue());
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (Map.Entry<String, Object> e : stage.getValue().entrySet()) {
                Object v = e.getValue();
                if (v instanceof Number || v instanceof String || v instanceof Boolean) {
                    line.append(line.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                            .append(v instanceof Double d ? (Math.abs(d) >= 1000 ? String.format("%,.0f", d) : String.format("%.4g", d)) : v);
                }
            }
            out.printf("  %s: %s%n", stage.getKey(), line);
        }
        out.printf("  output: %s (%d shard%s)%n", recipe.output().dir(), report.outputs().size(), report.outputs().size() == 1 ? "" : "s");
        java.nio.file.Path meta = recipe.output().dir().resolve("_refinery");
        out.printf("  report: %s%s%n", meta.resolve("run.json"),
                java.nio.file.Files.exists(meta.resolve("report.html")) ? ", " + meta.resolve("report.html") : "");
        out.flush();
    }

    /** One line for the expectations, and one per failed expectation. */
    @SuppressWarnings("unchecked")
    private static void printExpectations(PrintWriter out, Map<String, Object> section) {
        java.util.List<Map<String, Object>> results = (java.util.List<Map<String, Object>>) section.get("results");
        long failed = results.stream().filter(r -> !Boolean.TRUE.equals(r.get("passed"))).count();
        out.printf("  expectations: %d checked, %d failed%s%n", results.size(), failed,
                Boolean.TRUE.equals(section.get("published")) ? "" : " (output not published)");
        for (Map<String, Object> r : results) {
            if (Boolean.TRUE.equals(r.get("passed"))) continue;
            out.printf("    %s %s %s: %s%n", r.get("level"), r.get("side"), r.get("name"), r.get("message"));
        }
    }
}
