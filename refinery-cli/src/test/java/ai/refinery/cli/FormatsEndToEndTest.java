package ai.refinery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format through the real command: CSV in, Parquet between, JSONL out. */
class FormatsEndToEndTest {
    @TempDir Path dir;

    @Test
    void csvToParquetToJsonlKeepsTypesAndQuarantinesBadRows() throws Exception {
        Files.writeString(dir.resolve("people.csv"), """
                name,age,score,member
                Ada,36,9.5,true
                "Hopper, Grace",85,8.25,false
                Edsger,not-a-number,7,true
                "Line
                break",40,,true
                """);
        Files.writeString(dir.resolve("to-parquet.yaml"), """
                name: csv-to-parquet
                input:
                  path: people.csv
                  options: {types: {age: long, score: double, member: boolean}}
                pipeline:
                  - op: filter
                    where: "age >= 18"
                output: {path: parquet, format: parquet}
                executor: {max_quarantine_fraction: 0.5}
                """);
        Files.writeString(dir.resolve("to-jsonl.yaml"), """
                name: parquet-to-jsonl
                input: {path: parquet}
                output: {path: jsonl, format: jsonl, options: {meta_field: ''}}
                """);
        CliEndToEndTest.Result first = CliEndToEndTest.refinery("run", dir.resolve("to-parquet.yaml").toString(), "--no-progress");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("4 in").contains("3 out").contains("1 quarantined");
        assertThat(Files.readString(dir.resolve("parquet/_refinery/quarantine/part-00000.jsonl")))
                .contains("\"line\":4").contains("column 'age': 'not-a-number' is not a long");

        CliEndToEndTest.Result second = CliEndToEndTest.refinery("run", dir.resolve("to-jsonl.yaml").toString(), "--no-progress");
        assertThat(second.code()).as(second.err()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("jsonl/part-00000.jsonl"));
        assertThat(lines).containsExactly(
                "{\"name\":\"Ada\",\"age\":36,\"score\":9.5,\"member\":true}",
                "{\"name\":\"Hopper, Grace\",\"age\":85,\"score\":8.25,\"member\":false}",
                "{\"name\":\"Line\\nbreak\",\"age\":40,\"score\":null,\"member\":true}");
    }
}
