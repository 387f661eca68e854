package ai.refinery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run streams: an input twice the size of the JVM's whole heap goes through in a separate JVM. */
class BoundedMemoryTest {
    @TempDir Path dir;

    @Test
    void inputLargerThanTheHeapIsStreamed() throws Exception {
        int heapMb = 48;
        Path input = dir.resolve("big.jsonl");
        long records = 0;
        long bytes = 0;
        try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            String pad = "x".repeat(40);
            while (bytes < 2L * heapMb << 20) {
                String line = "{\"n\":" + records + ",\"text\":\"" + pad + records + "\",\"keep\":" + (records % 3 != 0) + "}\n";
                w.write(line);
                bytes += line.length();
                records++;
            }
        }
        Files.writeString(dir.resolve("recipe.yaml"), """
                name: bounded
                input: {path: big.jsonl}
                pipeline:
                  - op: filter
                    where: "keep"
                  - op: drop_fields
                    fields: [keep]
                output: {path: out, compression: zstd}
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx" + heapMb + "m", "-cp", System.getProperty("java.class.path"),
                RefineryCommand.class.getName(), "run", dir.resolve("recipe.yaml").toString(), "--no-progress"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("child.log"));
        assertThat(p.exitValue()).as(log).isZero();
        long kept = records - (records + 2) / 3;
        assertThat(log).contains(String.format("%,d in", records)).contains(String.format("%,d out", kept));
        assertThat(Files.size(input)).isGreaterThan(2L * heapMb << 20);
    }
}
