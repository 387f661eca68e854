package ai.refinery.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir Path base;

    private static final Predicate<String> ALL = n -> true;

    @BeforeEach
    void tree() throws IOException {
        write("data/b.jsonl", "bb");
        write("data/a.jsonl", "a");
        write("data/c.csv", "c");
        write("data/z.jsonl.gz", "z");
        write("data/sub/d.jsonl", "d");
        write("data/sub/e.csv", "e");
        write("data/sub/deeper/f.csv.zst", "f");
        write("data/sub/x.gz", "x");
        write("data/.hidden.jsonl", "h");
        write("data/_SUCCESS", "");
        write("data/_tmp/g.jsonl", "g");
        write("data/.git/h.jsonl", "h");
        write("data/sub/.cache/i.jsonl", "i");
        Files.createDirectories(base.resolve("empty"));
    }

    private void write(String rel, String content) throws IOException {
        Path p = base.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private static List<String> labels(List<InputFile> files) {
        return files.stream().map(InputFile::label).toList();
    }

    @Test
    void aSingleFileIsReturnedWithItsNameAsLabel() {
        List<InputFile> files = InputFiles.expand("data/b.jsonl", base, n -> false);
        assertThat(files).hasSize(1);
        InputFile f = files.get(0);
        assertThat(f.path()).isEqualTo(base.resolve("data/b.jsonl"));
        assertThat(f.label()).isEqualTo("b.jsonl");
        assertThat(f.sizeBytes()).isEqualTo(2);
        assertThat(f.compression()).isEqualTo(Compression.NONE);
    }

    @Test
    void aSingleFileIsTakenEvenWhenHidden() {
        assertThat(labels(InputFiles.expand("data/.hidden.jsonl", base, ALL))).containsExactly(".hidden.jsonl");
        assertThat(labels(InputFiles.expand("data/_SUCCESS", base, ALL))).containsExactly("_SUCCESS");
    }

    @Test
    void pathsAreNormalized() {
        List<InputFile> files = InputFiles.expand("data/sub/../a.jsonl", base, ALL);
        assertThat(files).extracting(InputFile::path).containsExactly(base.resolve("data/a.jsonl"));
        assertThat(InputFiles.expand(base.resolve("data/a.jsonl").toString(), Path.of("/elsewhere"), ALL))
                .extracting(InputFile::path).containsExactly(base.resolve("data/a.jsonl"));
    }

    @Test
    void compressionIsTakenFromTheSuffix() {
        assertThat(InputFiles.expand("data/z.jsonl.gz", base, ALL).get(0).compression()).isEqualTo(Compression.GZIP);
        assertThat(InputFiles.expand("data/sub/deeper/f.csv.zst", base, ALL).get(0).compression()).isEqualTo(Compression.ZSTD);
    }

    @Test
    void aDirectoryIsWalkedRecursivelySortedSkippingHiddenAndUnderscoreNames() {
        List<InputFile> files = InputFiles.expand("data", base, ALL);
        assertThat(labels(files)).containsExactly(
                "a.jsonl", "b.jsonl", "c.csv", "sub/d.jsonl", "sub/deeper/f.csv.zst", "sub/e.csv", "sub/x.gz", "z.jsonl.gz");
        assertThat(files).extracting(InputFile::path).allMatch(p -> p.startsWith(base.resolve("data")));
        assertThat(files.get(3).path()).isEqualTo(base.resolve("data/sub/d.jsonl"));
    }

    @Test
    void aDirectoryAppliesTheNamePredicate() {
        assertThat(labels(InputFiles.expand("data", base, n -> n.endsWith(".jsonl"))))
                .containsExactly("a.jsonl", "b.jsonl", "sub/d.jsonl");
        assertThat(labels(InputFiles.expand("data/", base, n -> n.endsWith(".csv") || n.endsWith(".csv.zst"))))
                .containsExactly("c.csv", "sub/deeper/f.csv.zst", "sub/e.csv");
        assertThat(InputFiles.expand("data", base, n -> false)).isEmpty();
    }

    @Test
    void aHiddenOrUnderscoreDirectoryGivenExplicitlyIsRead() {
        assertThat(labels(InputFiles.expand("data/_tmp", base, ALL))).containsExactly("g.jsonl");
    }

    @Test
    void anEmptyDirectoryOrMissingPathGivesNoFiles() {
        assertThat(InputFiles.expand("empty", base, ALL)).isEmpty();
        assertThat(InputFiles.expand("no/such/path.jsonl", base, ALL)).isEmpty();
        assertThat(InputFiles.expand("no/such/*.jsonl", base, ALL)).isEmpty();
    }

    @Test
    void aStarGlobMatchesOneLevel() {
        List<InputFile> files = InputFiles.expand("data/*.jsonl", base, n -> false);
        assertThat(labels(files)).containsExactly("a.jsonl", "b.jsonl");
        assertThat(files.get(0).path()).isEqualTo(base.resolve("data/a.jsonl"));
    }

    @Test
    void aGlobWithoutDirectoryIsRelativeToTheBase() throws IOException {
        write("top.jsonl", "t");
        assertThat(labels(InputFiles.expand("*.jsonl", base, ALL))).containsExactly("top.jsonl");
    }

    @Test
    void aDoubleStarGlobMatchesAtAnyDepth() {
        List<InputFile> files = InputFiles.expand("data/**/*.csv", base, ALL);
        assertThat(labels(files)).contains("sub/e.csv").doesNotContain("sub/deeper/f.csv.zst");
        assertThat(labels(InputFiles.expand("data/**/*.csv*", base, ALL))).contains("sub/e.csv", "sub/deeper/f.csv.zst");
    }

    @Test
    void aDoubleStarGlobAlsoMatchesFilesDirectlyInTheRoot() {
        assertThat(labels(InputFiles.expand("data/**/*.csv", base, ALL))).containsExactly("c.csv", "sub/e.csv");
        assertThat(labels(InputFiles.expand("data/**/*.jsonl", base, ALL))).containsExactly("a.jsonl", "b.jsonl", "sub/d.jsonl");
        assertThat(labels(InputFiles.expand("data/sub/**/deeper/*.zst", base, ALL))).containsExactly("deeper/f.csv.zst");
        assertThat(labels(InputFiles.expand("data/**/deeper/**/*.zst", base, ALL))).containsExactly("sub/deeper/f.csv.zst");
        assertThat(labels(InputFiles.expand("**/*.csv", base.resolve("data"), ALL))).containsExactly("c.csv", "sub/e.csv");
    }

    @Test
    void aGlobInASubdirectory() {
        List<InputFile> files = InputFiles.expand("data/sub/*.gz", base, ALL);
        assertThat(files).hasSize(1);
        assertThat(files.get(0).path()).isEqualTo(base.resolve("data/sub/x.gz"));
        assertThat(files.get(0).label()).isEqualTo("x.gz");
        assertThat(files.get(0).compression()).isEqualTo(Compression.GZIP);
    }

    @Test
    void aGlobInTheDirectoryPartIsMatchedFromTheLastFixedDirectory() {
        List<InputFile> files = InputFiles.expand("data/s*/*.csv", base, ALL);
        assertThat(labels(files)).containsExactly("sub/e.csv");
        assertThat(files.get(0).path()).isEqualTo(base.resolve("data/sub/e.csv"));
    }

    @Test
    void globsSkipHiddenFilesAndDirectoriesAndIgnoreThePredicate() {
        assertThat(labels(InputFiles.expand("data/*", base, n -> false)))
                .containsExactly("a.jsonl", "b.jsonl", "c.csv", "z.jsonl.gz");
        assertThat(labels(InputFiles.expand("data/**", base, ALL)))
                .doesNotContain(".hidden.jsonl", "_SUCCESS", "_tmp/g.jsonl", ".git/h.jsonl", "sub/.cache/i.jsonl")
                .contains("sub/d.jsonl");
    }

    @Test
    void globAlternativesAndCharacterClasses() {
        assertThat(labels(InputFiles.expand("data/{a,c}.*", base, ALL))).containsExactly("a.jsonl", "c.csv");
        assertThat(labels(InputFiles.expand("data/[ab].jsonl", base, ALL))).containsExactly("a.jsonl", "b.jsonl");
        assertThat(labels(InputFiles.expand("data/?.csv", base, ALL))).containsExactly("c.csv");
    }

    @Test
    void aGlobThatMatchesNothingGivesAnEmptyList() {
        assertThat(InputFiles.expand("data/*.parquet", base, ALL)).isEmpty();
    }
}
