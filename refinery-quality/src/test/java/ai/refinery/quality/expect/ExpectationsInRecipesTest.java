package ai.refinery.quality.expect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.exec.RecipeRunner;
import ai.refinery.core.exec.RunOptions;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.core.run.RunReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The expect: section end to end: validation before reading, gates, failing rows, history. */
class ExpectationsInRecipesTest {
    @TempDir Path dir;

    /** 200 people; ids p0..p199 with p10 repeated at the end; every 20th age missing; label mostly 'a'. */
    @BeforeEach
    void data() throws IOException {
        writePeople(200);
    }

    private void writePeople(int n) throws IOException {
        StringBuilder csv = new StringBuilder("id,age,label,email\n");
        for (int i = 0; i < n; i++) {
            csv.append('p').append(i).append(',').append(i % 20 == 0 ? "" : String.valueOf(18 + i % 60)).append(',')
                    .append(i % 4 == 0 ? "b" : "a").append(',').append(i % 50 == 7 ? "not-an-email" : "u" + i + "@example.org").append('\n');
        }
        csv.append("p10,33,a,again@example.org\n");
        Files.writeString(dir.resolve("people.csv"), csv);
    }

    private Recipe load(String expect) throws IOException {
        Files.writeString(dir.resolve("r.yaml"), """
                name: people
                input: {path: people.csv, options: {types: {age: long}}}
                output: {path: out, mode: overwrite}
                report: {html: false}
                """ + expect);
        return RecipeLoader.withDefaults().load(dir.resolve("r.yaml"), List.of());
    }

    private RunReport run(String expect) throws IOException {
        return new RecipeRunner().run(load(expect), RunOptions.defaults());
    }

    private JsonNode runJson() throws IOException {
        return new ObjectMapper().readTree(dir.resolve("out/_refinery/run.json").toFile());
    }

    private List<String> shards() throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(dir.resolve("out"))) return names;
        try (var s = Files.list(dir.resolve("out"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("part-")).forEach(names::add);
        }
        return names;
    }

    @Test
    void anErrorLevelFailureStopsTheOutputAndListsTheFailingRows() throws IOException {
        RunReport r = run("""
                expect:
                  failing_rows: 3
                  output:
                    - {check: unique, column: id}
                    - {check: completeness, column: age, min: 0.99}
                    - {check: values_in, column: label, values: [a, b]}
                """);
        assertThat(r.status()).isEqualTo(RunReport.Status.FAILED);
        assertThat(r.failure()).contains("output not published").contains("unique(id)").contains("completeness(age)").doesNotContain("values_in");
        assertThat(shards()).isEmpty();

        JsonNode e = runJson().get("expectations");
        assertThat(e.get("passed").asBoolean()).isFalse();
        assertThat(e.get("published").asBoolean()).isFalse();
        JsonNode unique = e.get("results").get(0);
        assertThat(unique.get("passed").asBoolean()).isFalse();
        assertThat(unique.get("failing_count").asLong()).isEqualTo(1);
        assertThat(unique.get("failing_rows").get(0).get("value").asText()).isEqualTo("p10");
        JsonNode completeness = e.get("results").get(1);
        assertThat(completeness.get("failing_count").asLong()).isEqualTo(10);
        assertThat(completeness.get("failing_rows")).hasSize(3);
        assertThat(completeness.get("metric").asDouble()).isEqualTo(191.0 / 201);
        assertThat(e.get("results").get(2).get("passed").asBoolean()).isTrue();
    }

    @Test
    void warningsAreReportedButThePublishedOutputStands() throws IOException {
        RunReport r = run("""
                expect:
                  input:
                    - {check: matches, column: email, regex: '[^@]+@[^@]+', level: warning}
                  output:
                    - {check: between, column: age, min: 18, max: 77}
                    - {check: mean, column: age, between: [50, 60], level: warning}
                    - {check: row_count, min: 100}
                """);
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        assertThat(shards()).isNotEmpty();
        JsonNode results = runJson().get("expectations").get("results");
        assertThat(results.get(0).get("side").asText()).isEqualTo("input");
        assertThat(results.get(0).get("passed").asBoolean()).isFalse();
        assertThat(results.get(0).get("failing_count").asLong()).isEqualTo(4);
        assertThat(results.get(1).get("passed").asBoolean()).isTrue();
        assertThat(results.get(2).get("passed").asBoolean()).isFalse();
        assertThat(results.get(2).get("metric").asDouble()).as(results.toString()).isCloseTo(8773.0 / 191, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(results.get(3).get("metric").asDouble()).isEqualTo(201);
        assertThat(runJson().get("expectations").get("published").asBoolean()).isTrue();
    }

    @Test
    void theRowCountChangeIsJudgedAgainstTheLastPublishedVersion() throws IOException {
        String expect = "expect:\n  output:\n    - {check: row_count_change, max_relative: 0.1}\n";
        RunReport first = run(expect);
        assertThat(first.succeeded()).as(first.failure()).isTrue();
        assertThat(runJson().get("expectations").get("results").get(0).get("message").asText()).startsWith("no baseline yet");
        writePeople(150);
        RunReport second = run(expect);
        assertThat(second.status()).isEqualTo(RunReport.Status.FAILED);
        assertThat(second.failure()).contains("row_count changed by 24.88% from the last version's 201");
        assertThat(shards()).as("the refused run leaves the last published shards in place").containsExactly("part-00000.jsonl");
        assertThat(Files.readAllLines(dir.resolve("out/part-00000.jsonl"))).hasSize(201);
        writePeople(205);
        RunReport third = run(expect);
        assertThat(third.succeeded()).as("a refused version is not the baseline: 206 vs 201 is within 10%").isTrue();
    }

    @Test
    void mistakesInTheSectionFailAtValidationWithTheLine() {
        assertThatThrownBy(() -> load("expect:\n  output:\n    - {check: completeness, column: agee}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("r.yaml:7").hasMessageContaining("no column 'agee'")
                .hasMessageContaining("did you mean 'age'");
        assertThatThrownBy(() -> load("expect:\n  input:\n    - {check: mean, column: label, between: [0, 1]}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("needs numbers").hasMessageContaining("string");
        assertThatThrownBy(() -> load("expect:\n  input:\n    - {check: matches, column: email, regex: '[a-'}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("regex does not compile");
        assertThatThrownBy(() -> load("expect:\n  input:\n    - {check: completness, column: age}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("did you mean 'completeness'");
        assertThatThrownBy(() -> load("expect:\n  input:\n    - {check: between, column: age}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("give min, max or both");
        assertThatThrownBy(() -> load("expect:\n  input:\n    - {check: unique, column: id, level: fatal}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("level must be error or warning");
        assertThatThrownBy(() -> load("expect:\n  output:\n    - {check: anomaly, metric: 'mean(age', max_relative_change: 0.1}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("malformed metric name 'mean(age'");
        assertThatThrownBy(() -> load("expect:\n  input:\n    - {check: unique, column: id, mostly: 0.5}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("mostly");
    }

    @Test
    void anEmptyInputFailsAtValidation() throws IOException {
        Files.writeString(dir.resolve("people.csv"), "id,age,label,email\n");
        assertThatThrownBy(() -> load("expect:\n  output:\n    - {check: row_count, min: 1}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("the input has no readable records");
    }

    @Test
    void expressionsAndTypesListTheRowsThatBreakThem() throws IOException {
        RunReport r = run("""
                expect:
                  output:
                    - {check: expression, expr: 'age == null || age < 70', level: warning}
                    - {check: type, column: age, type: long}
                """);
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        JsonNode expr = runJson().get("expectations").get("results").get(0);
        assertThat(expr.get("passed").asBoolean()).isFalse();
        long expected = java.util.stream.IntStream.range(0, 200).filter(i -> i % 20 != 0 && 18 + i % 60 >= 70).count();
        assertThat(expr.get("failing_count").asLong()).isEqualTo(expected);
        assertThat(runJson().get("expectations").get("results").get(1).get("passed").asBoolean()).isTrue();
    }
}
