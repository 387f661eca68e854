package ai.refinery.quality.expect;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.config.Setting;
import ai.refinery.core.exec.InputRecords;
import ai.refinery.core.exec.PipelinePreview;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.record.Record;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A recipe's {@code expect:} section, parsed and checked: the expectations on each side, where
 * the metrics history lives and how many failing rows to keep.
 */
public record ExpectPlan(Path historyFile, int failingRows, List<Expectation> input, List<Expectation> output) {
    /** Records read before a run to check that expectations name real columns. */
    static final int SAMPLE_ROWS = 1000;

    public ExpectPlan {
        input = List.copyOf(input);
        output = List.copyOf(output);
    }

    record Settings(@Setting(value = "The metrics history file (JSON lines), relative to the recipe; default .refinery/metrics/<recipe name>.jsonl.",
                             optional = true) String history,
                    @Setting(value = "Failing rows listed per expectation.", defaultValue = "20") int failingRows,
                    @Setting(value = "Expectations on the decoded input records.", optional = true) ConfigNode input,
                    @Setting(value = "Expectations on the records the run writes.", optional = true) ConfigNode output) {
        Settings {
            if (failingRows < 0) throw new IllegalArgumentException("failing_rows must be >= 0, got " + failingRows);
        }
    }

    /** No expectations (the recipe has no {@code expect:} section). */
    public static ExpectPlan none(Recipe recipe) {
        return new ExpectPlan(defaultHistory(recipe), 20, List.of(), List.of());
    }

    /**
     * Parses the section; with {@code checkColumns}, also reads the first records of the input
     * (and previews the pipeline on them) to check that every named column exists and has the
     * right kind of values.
     */
    public static ExpectPlan parse(ConfigNode section, Recipe recipe, boolean checkColumns) {
        Settings s = ConfigBinder.bind(section, Settings.class, "expect");
        List<ExpectationParser.Parsed> in = ExpectationParser.parse(s.input(), Side.INPUT);
        List<ExpectationParser.Parsed> out = ExpectationParser.parse(s.output(), Side.OUTPUT);
        if (in.isEmpty() && out.isEmpty()) {
            throw new ConfigException(section.mark(), "expect has no expectations; add input: or output: with a list of checks");
        }
        if (checkColumns) checkColumns(section, recipe, in, out);
        Path history = s.history() == null ? defaultHistory(recipe) : recipe.file().getParent().resolve(s.history()).normalize();
        return new ExpectPlan(history, s.failingRows(), in.stream().map(ExpectationParser.Parsed::expectation).toList(),
                out.stream().map(ExpectationParser.Parsed::expectation).toList());
    }

    private static void checkColumns(ConfigNode section, Recipe recipe, List<ExpectationParser.Parsed> in, List<ExpectationParser.Parsed> out) {
        List<Record> sample;
        try {
            sample = InputRecords.sample(recipe.input(), SAMPLE_ROWS);
        } catch (IOException e) {
            throw new ConfigException(section.mark(), "cannot read the input to check the expectations' columns: " + e.getMessage(), e);
        }
        if (sample.isEmpty()) {
            throw new ConfigException(section.mark(), "the input has no readable records, so no expectation can be checked; "
                    + "check input.path (" + recipe.input().path() + ") and the input format");
        }
        new SampleSchema(sample).check(in, "the first " + sample.size() + " input records");
        new SampleSchema(PipelinePreview.run(recipe.pipeline(), sample))
                .check(out, "the output of the pipeline on the first " + sample.size() + " input records");
    }

    static Path defaultHistory(Recipe recipe) {
        String safe = recipe.name().replaceAll("[^A-Za-z0-9._-]", "_");
        return recipe.file().getParent().resolve(".refinery").resolve("metrics").resolve(safe + ".jsonl");
    }

    public List<Expectation> on(Side side) {
        return side == Side.INPUT ? input : output;
    }

    public boolean isEmpty() {
        return input.isEmpty() && output.isEmpty();
    }

    /** Whether any expectation can stop the output from being published. */
    public boolean gates() {
        return input.stream().anyMatch(e -> e.level() == Level.ERROR) || output.stream().anyMatch(e -> e.level() == Level.ERROR);
    }

    /** The column of the first class_balance check on a side (the profile then measures its balance), or null. */
    public String balanceColumn(Side side) {
        return on(side).stream().filter(e -> e.check().equals("class_balance")).map(Expectation::column).findFirst().orElse(null);
    }
}
