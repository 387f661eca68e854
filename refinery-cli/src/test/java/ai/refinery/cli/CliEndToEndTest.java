package ai.refinery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The refinery command end to end, in-process: exit codes, messages, files. */
class CliEndToEndTest {
    @TempDir Path dir;

    record Result(int code, String out, String err) {}

    static Result refinery(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RefineryCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private Path recipe(String yaml) throws IOException {
        Path r = dir.resolve("recipe.yaml");
        Files.writeString(r, yaml);
        return r;
    }

    private static final String RECIPE = """
            name: e2e
            input: {path: people.jsonl}
            pipeline:
              - op: test_slow
                every: 1000000
            output: {path: out}
            executor: {max_quarantine_fraction: 0.5}
            """;

    @Test
    void runsARecipeWithMalformedInputAndAccountsForEveryLine() throws IOException {
        Files.writeString(dir.resolve("people.jsonl"), """
                {"n": 1, "name": "Ada"}
                {"n": 2, "name": "Grace"
                not json at all
                {"n": 4, "name": "Edsger"}
                """);
        Result r = refinery("run", recipe(RECIPE).toString(), "--no-progress");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("e2e succeeded").contains("4 in").contains("2 out").contains("2 quarantined");
        JsonNode run = new ObjectMapper().readTree(dir.resolve("out/_refinery/run.json").toFile());
        assertThat(run.get("records").get("in").asLong()).isEqualTo(4);
        assertThat(run.get("records").get("out").asLong()).isEqualTo(2);
        assertThat(run.get("records").get("quarantined").asLong()).isEqualTo(2);
        List<String> q = Files.readAllLines(dir.resolve("out/_refinery/quarantine/part-00000.jsonl"));
        assertThat(q).hasSize(2);
        assertThat(q.get(0)).contains("\"source\":\"people.jsonl\"").contains("\"line\":2").contains("malformed JSON");
        assertThat(q.get(1)).contains("\"line\":3").contains("not json at all");
    }

    @Test
    void tooMuchQuarantineFailsWithExitCodeOne() throws IOException {
        Files.writeString(dir.resolve("people.jsonl"), "{\"n\":1}\nbroken\n");
        Result r = refinery("run", recipe(RECIPE).toString(), "--no-progress", "--set", "executor.max_quarantine_fraction=0.01");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("max_quarantine_fraction");
        assertThat(r.out()).contains("e2e failed");
    }

    @Test
    void recipeErrorsExitTwoWithLineColumnAndSuggestion() throws IOException {
        Files.writeString(dir.resolve("people.jsonl"), "{\"n\":1}\n");
        Result r = refinery("validate", recipe(RECIPE.replace("op: test_slow", "op: test_slwo")).toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("recipe.yaml:4:").contains("unknown operator 'test_slwo'").contains("did you mean 'test_slow'");
    }

    @Test
    void validateDescribesTheRecipeWithoutRunningIt() throws IOException {
        Files.writeString(dir.resolve("people.jsonl"), "{\"n\":1}\n");
        Result r = refinery("validate", recipe(RECIPE).toString(), "--set", "executor.threads=3");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("valid").contains("people.jsonl").contains("test_slow").contains("3 threads");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(refinery("run").code()).isEqualTo(2);
        assertThat(refinery("frobnicate").code()).isEqualTo(2);
        Result missing = refinery("run", dir.resolve("nope.yaml").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("recipe file not found");
    }

    @Test
    void opsListsOperatorsWithSettingsAndFormats() {
        Result r = refinery("ops");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("test_slow").contains("Sleeps now and then").contains("every (integer, default 100)")
                .contains("Input formats").contains("jsonl").contains("Output formats");
        Result one = refinery("ops", "test_slow");
        assertThat(one.out()).contains("test_slow").doesNotContain("Input formats");
        assertThat(refinery("ops", "tset_slow").err()).contains("did you mean 'test_slow'");
    }

    @Test
    void versionAndHelp() {
        assertThat(refinery("--version").out()).contains("refinery").contains("Java");
        Result help = refinery("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("run").contains("validate").contains("ops");
        assertThat(refinery("run", "--help").out()).contains("--resume").contains("--set").contains("--no-progress");
    }
}
