package ai.refinery.cli;

import static ai.refinery.cli.CliEndToEndTest.refinery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Profiles, expectations and reports through the refinery command. */
class QualityEndToEndTest {
    private static final Path SHARED_TABULAR = Path.of("../../shared/datasets/tabular").toAbsolutePath().normalize();
    @TempDir Path dir;

    private void people() throws IOException {
        StringBuilder csv = new StringBuilder("id,age,label\n");
        for (int i = 0; i < 300; i++) csv.append("p").append(i).append(',').append(i % 30 == 0 ? "" : 20 + i % 50).append(',').append(i % 3 == 0 ? "yes" : "no").append('\n');
        Files.writeString(dir.resolve("people.csv"), csv);
    }

    @Test
    void everyRunWritesAProfileAndASelfContainedReport() throws IOException {
        people();
        Files.writeString(dir.resolve("r.yaml"), """
                name: people
                input: {path: people.csv, options: {types: {age: long}}}
                pipeline:
                  - {op: filter, where: "age != null", reason: no_age}
                output: {path: out}
                report: {label: label}
                """);
        CliEndToEndTest.Result r = refinery("run", dir.resolve("r.yaml").toString(), "--no-progress");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("report.html");
        Path meta = dir.resolve("out/_refinery");
        JsonNode profile = new ObjectMapper().readTree(meta.resolve("profile.json").toFile());
        assertThat(profile.get("input").get("rows").asLong()).isEqualTo(300);
        assertThat(profile.get("output").get("rows").asLong()).isEqualTo(290);
        assertThat(profile.get("input").get("columns").get("age").get("completeness").asDouble()).isEqualTo(290.0 / 300);
        assertThat(profile.get("output").get("columns").get("age").get("completeness").asDouble()).isEqualTo(1.0);
        String html = Files.readString(meta.resolve("report.html"));
        assertThat(html).contains("people").contains("no_age").doesNotContain("src=\"http").doesNotContain("href=\"http");
        try (var pngs = Files.list(meta.resolve("charts"))) {
            assertThat(pngs.filter(p -> p.toString().endsWith(".png")).count()).isPositive();
        }
    }

    @Test
    void failedExpectationsAreListedAndTheExitCodeSaysTheRunFailed() throws IOException {
        people();
        Files.writeString(dir.resolve("r.yaml"), """
                name: people
                input: {path: people.csv, options: {types: {age: long}}}
                output: {path: out}
                expect:
                  output:
                    - {check: completeness, column: age}
                    - {check: values_in, column: label, values: [yes], level: warning}
                """);
        CliEndToEndTest.Result r = refinery("run", dir.resolve("r.yaml").toString(), "--no-progress");
        assertThat(r.code()).isEqualTo(RefineryCommand.EXIT_RUN_FAILED);
        assertThat(r.out()).contains("expectations: 2 checked, 2 failed (output not published)")
                .contains("error output completeness(age): 10 of 300 rows (3.333%) fail (expected: present and not null)")
                .contains("warning output values_in(label)");
        assertThat(r.err()).contains("output not published");
        assertThat(dir.resolve("out/part-00000.jsonl")).doesNotExist();
        assertThat(Files.readString(dir.resolve("out/_refinery/report.html"))).contains("completeness(age)").contains("p0");
    }

    @Test
    void profileSuggestsExpectationsThatARecipeAccepts() throws IOException {
        people();
        CliEndToEndTest.Result table = refinery("profile", dir.resolve("people.csv").toString(), "--option", "types={age: long}", "--no-progress");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("300 records, 3 columns").contains("age").contains("96.67%");

        CliEndToEndTest.Result s = refinery("profile", dir.resolve("people.csv").toString(), "--option", "types={age: long}", "--suggest", "--no-progress");
        assertThat(s.code()).as(s.err()).isZero();
        Object parsed = new Load(LoadSettings.builder().build()).loadFromString(s.out());
        assertThat(parsed).isInstanceOf(java.util.Map.class);
        assertThat(s.out()).contains("check: unique").contains("column: id");

        Files.writeString(dir.resolve("r.yaml"), "name: people\ninput: {path: people.csv, options: {types: {age: long}}}\noutput: {path: out}\n" + s.out());
        CliEndToEndTest.Result run = refinery("run", dir.resolve("r.yaml").toString(), "--no-progress");
        assertThat(run.code()).as("the data the suggestions came from meets them: " + run.out() + run.err()).isZero();
    }

    @Test
    void theAdultRecipeRepairsUciAdultAndMeetsItsExpectations() throws IOException {
        assumeTrue(Files.isDirectory(SHARED_TABULAR), "UCI Adult is not at " + SHARED_TABULAR + " (../shared/datasets/tabular beside the repository)");
        Path recipe = Path.of("../recipes/adult-clean.yaml").toAbsolutePath().normalize();
        Path out = dir.resolve("adult");
        CliEndToEndTest.Result r = refinery("run", recipe.toString(), "--set", "output.path=" + out, "--set", "expect.history=" + dir.resolve("h.jsonl"),
                "--no-progress");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        JsonNode run = new ObjectMapper().readTree(out.resolve("_refinery/run.json").toFile());
        assertThat(run.get("records").get("in").asLong()).isEqualTo(48842);
        JsonNode impute = run.get("pipeline").get(3).get("config");
        assertThat(impute.get("values").get("workclass").asText()).isEqualTo("Private");
        assertThat(run.get("pipeline").get(4).get("config").get("bounds").get("hours_per_week").get("max").asDouble()).isBetween(70.0, 85.0);
        JsonNode expectations = run.get("expectations");
        assertThat(expectations.get("published").asBoolean()).isTrue();
        JsonNode occupation = expectations.get("results").get(2);
        assertThat(occupation.get("name").asText()).isEqualTo("occupation_known");
        assertThat(occupation.get("passed").asBoolean()).as("the raw data misses some occupations").isFalse();
        assertThat(out.resolve("_refinery/report.html")).exists();
    }
}
