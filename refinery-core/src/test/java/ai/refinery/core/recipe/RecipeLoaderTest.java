package ai.refinery.core.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.io.Compression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeLoaderTest {
    @TempDir Path dir;

    @BeforeEach
    void data() throws IOException {
        Files.writeString(dir.resolve("in.jsonl"), "{\"text\":\"a\"}\n");
    }

    private Recipe load(String yaml, String... overrides) throws IOException {
        Path r = dir.resolve("recipe.yaml");
        Files.writeString(r, yaml);
        return RecipeLoader.withDefaults().load(r, List.of(overrides));
    }

    private static final String OK = """
            name: ok
            input:
              path: in.jsonl
            pipeline:
              - op: test_min_length
                min: 3
              - op: test_upper
                id: shout
            output:
              path: out
              compression: gzip
            executor:
              threads: 2
            """;

    @Test
    void loadsAValidRecipe() throws IOException {
        Recipe r = load(OK);
        assertThat(r.name()).isEqualTo("ok");
        assertThat(r.input().files()).hasSize(1);
        assertThat(r.input().format().name()).isEqualTo("jsonl");
        assertThat(r.pipeline()).extracting(Step::id).containsExactly("test_min_length", "shout");
        assertThat(r.output().compression()).isEqualTo(Compression.GZIP);
        assertThat(r.output().dir()).isEqualTo(dir.resolve("out"));
        assertThat(r.output().shardName(3)).isEqualTo("part-00003.jsonl.gz");
        assertThat(r.executor().threads()).isEqualTo(2);
        assertThat(r.executor().batchSize()).isEqualTo(1000);
        assertThat(r.pipeline().get(0).context().seed()).isNotEqualTo(r.pipeline().get(1).context().seed());
    }

    @Test
    void unknownOperatorIsReportedAtItsLineWithASuggestion() {
        assertThatThrownBy(() -> load(OK.replace("op: test_upper", "op: test_uper")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("recipe.yaml:7:")
                .hasMessageContaining("unknown operator 'test_uper'")
                .hasMessageContaining("did you mean 'test_upper'");
    }

    @Test
    void unknownSettingIsReportedAtItsLineAndColumn() {
        assertThatThrownBy(() -> load(OK.replace("min: 3", "mni: 3")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("recipe.yaml:6:5")
                .hasMessageContaining("unknown setting 'mni'")
                .hasMessageContaining("did you mean 'min'");
    }

    @Test
    void wrongTypeIsReportedAtTheValue() {
        assertThatThrownBy(() -> load(OK.replace("min: 3", "min: three")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("recipe.yaml:6:10")
                .hasMessageContaining("expected integer but found 'three'");
    }

    @Test
    void configValidationFailsAtTheStep() {
        assertThatThrownBy(() -> load(OK.replace("min: 3", "min: -1")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("recipe.yaml:5:")
                .hasMessageContaining("min must be >= 0, got -1");
    }

    @Test
    void missingInputFileIsReportedAtThePath() {
        assertThatThrownBy(() -> load(OK.replace("path: in.jsonl", "path: nowhere/*.jsonl")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("recipe.yaml:3:9")
                .hasMessageContaining("no input files match 'nowhere/*.jsonl'");
    }

    @Test
    void unknownSectionAndMissingSection() {
        assertThatThrownBy(() -> load(OK.replace("executor:", "exector:")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("did you mean 'executor'");
        assertThatThrownBy(() -> load("name: x\ninput: {path: in.jsonl}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("missing required section 'output'");
    }

    @Test
    void invalidYamlIsReportedWithItsPosition() {
        assertThatThrownBy(() -> load("name: x\ninput: [\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("recipe.yaml:3:").hasMessageContaining("invalid YAML");
    }

    @Test
    void overridesReachAnySetting() throws IOException {
        Recipe r = load(OK, "executor.threads=3", "pipeline.test_min_length.min=5", "pipeline.1.field=title",
                "output.compression=zstd", "seed=7");
        assertThat(r.executor().threads()).isEqualTo(3);
        assertThat(r.pipeline().get(0).settings()).containsEntry("min", 5L);
        assertThat(r.pipeline().get(1).settings()).containsEntry("field", "title");
        assertThat(r.output().compression()).isEqualTo(Compression.ZSTD);
        assertThat(r.seed()).isEqualTo(7);
        assertThat(r.overrides()).hasSize(5);
    }

    @Test
    void badOverridesAreExplained() {
        assertThatThrownBy(() -> load(OK, "executor.threads")).isInstanceOf(ConfigException.class).hasMessageContaining("key=value");
        assertThatThrownBy(() -> load(OK, "pipeline.nosuch.min=1")).isInstanceOf(ConfigException.class).hasMessageContaining("no pipeline step");
        assertThatThrownBy(() -> load(OK, "executor.thread=1")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("--set executor.thread=1").hasMessageContaining("did you mean 'threads'");
    }

    @Test
    void fingerprintIgnoresThreadsButNotOperatorSettings() throws IOException {
        String base = load(OK).fingerprint();
        assertThat(load(OK, "executor.threads=1").fingerprint()).isEqualTo(base);
        assertThat(load(OK, "output.mode=overwrite").fingerprint()).isEqualTo(base);
        assertThat(load(OK, "pipeline.test_min_length.min=4").fingerprint()).isNotEqualTo(base);
        assertThat(load(OK, "executor.batch_size=10").fingerprint()).isNotEqualTo(base);
    }

    @Test
    void outputMayNotContainTheInput() throws IOException {
        Files.createDirectories(dir.resolve("data/out"));
        Files.writeString(dir.resolve("data/a.jsonl"), "{}\n");
        Files.writeString(dir.resolve("data/out/part-00000.jsonl"), "{}\n");
        assertThatThrownBy(() -> load("name: x\ninput: {path: data}\noutput: {path: data/out}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("contains input file out/part-00000.jsonl");
    }

    @Test
    void aDatasetByNameResolvesToLocalFilesAndAFormat() throws IOException {
        Files.createDirectories(dir.resolve("cache"));
        Recipe r = load("name: d\ninput:\n  dataset: test_numbers\n  options: {cache_dir: '" + dir.resolve("cache") + "', count: 5}\n"
                + "output: {path: out}\n");
        assertThat(r.input().format().name()).isEqualTo("jsonl");
        assertThat(r.input().files()).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo(dir.resolve("cache/numbers.txt")));
        assertThat(r.input().options().toString()).contains("maxLineBytes=1000");
    }

    @Test
    void datasetErrorsAreExplained() {
        assertThatThrownBy(() -> load("name: d\ninput: {dataset: test_numbrs}\noutput: {path: out}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("did you mean 'test_numbers'");
        assertThatThrownBy(() -> load("name: d\ninput: {dataset: test_numbers, options: {cache_dir: /nonexistent/x}}\noutput: {path: out}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("recipe.yaml:2:18")
                .hasMessageContaining("dataset 'test_numbers' is not available: cache directory /nonexistent/x does not exist");
        assertThatThrownBy(() -> load("name: d\ninput: {dataset: test_numbers, path: in.jsonl}\noutput: {path: out}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("either a path or a dataset");
    }

    @Test
    void stagesAreValidatedByTheirModules() throws IOException {
        Recipe r = load(OK + "evaluate:\n  input: {path: in.jsonl}\n");
        assertThat(r.stages()).containsKey("evaluate");
        assertThatThrownBy(() -> load(OK + "train:\n  model: mlp\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("recipe.yaml:14:1").hasMessageContaining("no module on the class path runs 'train'");
        assertThatThrownBy(() -> load(OK + "evaluate: [1]\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("evaluate needs a mapping");
    }
}
