package ai.refinery.cli;

import ai.refinery.core.exec.InputRecords;
import ai.refinery.core.recipe.InputSpec;
import ai.refinery.core.tap.RecordTap;
import ai.refinery.quality.profile.ColumnProfile;
import ai.refinery.quality.profile.DatasetProfile;
import ai.refinery.quality.profile.DatasetProfiler;
import ai.refinery.quality.profile.ProfileJson;
import ai.refinery.quality.profile.ProfileOptions;
import ai.refinery.quality.suggest.ConstraintSuggester;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refinery profile DATA}: what a dataset holds, column by column, and expectations to paste into a recipe. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Profile data column by column (completeness, distinct counts, quantiles, top values, ...); "
                + "with --suggest, print expectations for a recipe's expect: section.")
final class ProfileCommand implements Callable<Integer> {
    /** Records per partial: the profile is built as the executors build it, batch by batch, merged in order. */
    private static final int BATCH = 4096;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DATA", description = "A file, directory or glob of records (or use --dataset).")
    void data(String path) {
        data.path = path;
    }

    @Mixin
    DataOptions data;

    @Option(names = "--suggest", description = "Print suggested expectations (YAML for a recipe's expect: section).")
    boolean suggest;

    @Option(names = "--label", paramLabel = "COLUMN", description = "A label column whose class balance to measure.")
    String label;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the profile as JSON (refinery-profile format) to FILE.")
    Path json;

    @Option(names = "--no-progress", description = "Do not show progress.")
    boolean noProgress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputSpec input = data.resolve();
        DatasetProfiler profiler = new DatasetProfiler(ProfileOptions.defaults().withLabelColumn(label));
        long[] seen = {0};
        RecordTap.Partial[] part = {profiler.newPartial()};
        long t0 = System.nanoTime();
        InputRecords.forEach(input, r -> {
            part[0].accept(r);
            if (++seen[0] % BATCH == 0) {
                profiler.merge((DatasetProfiler.Partial) part[0]);
                part[0] = profiler.newPartial();
                if (!noProgress && seen[0] % (BATCH * 64) == 0) err.printf("\rprofiled %,d records", seen[0]).flush();
            }
        });
        profiler.merge((DatasetProfiler.Partial) part[0]);
        if (!noProgress && seen[0] >= BATCH * 64) err.print("\r\u001b[K");
        DatasetProfile profile = profiler.result();
        if (json != null) ProfileJson.write(json, profile, null);
        if (suggest) {
            out.println("# expectations suggested from " + profile.rows() + " records of " + input.path());
            out.println("expect:");
            out.println("  output:");
            out.print(ConstraintSuggester.toYaml(new ConstraintSuggester().suggest(profile))); // items indented 4, under output:
        } else {
            printTable(out, profile, input.path(), (System.nanoTime() - t0) / 1e9);
        }
        out.flush();
        return RefineryCommand.EXIT_OK;
    }

    private static void printTable(PrintWriter out, DatasetProfile p, String source, double seconds) {
        out.printf("%s: %,d records, %d columns (%.1fs)%n", source, p.rows(), p.columns().size(), seconds);
        out.printf("  %-24s %-10s %9s %11s %12s %12s %12s  %s%n", "column", "type", "complete", "distinct", "min", "mean", "max", "top values");
        for (Map.Entry<String, ColumnProfile> e : p.columns().entrySet()) {
            ColumnProfile c = e.getValue();
            String type = c.types().entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("-");
            String min = c.numeric() == null ? "" : num(c.numeric().min());
            String mean = c.numeric() == null ? "" : num(c.numeric().mean());
            String max = c.numeric() == null ? "" : num(c.numeric().max());
            List<String> top = c.topValues().stream().limit(3).map(v -> v.value() + " (" + v.count() + ")").toList();
            out.printf("  %-24s %-10s %8.2f%% %,11.0f %12s %12s %12s  %s%n", shorten(e.getKey(), 24), type, 100 * c.completeness(),
                    c.distinct(), min, mean, max, String.join(", ", top));
        }
    }

    private static String num(Number n) {
        if (n == null) return "";
        double v = n.doubleValue();
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? String.format("%,d", (long) v) : String.format("%.4g", v);
    }

    private static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
