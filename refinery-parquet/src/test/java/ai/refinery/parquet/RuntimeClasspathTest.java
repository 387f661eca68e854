package ai.refinery.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The test class path has extra jars (for Parquet's stock Hadoop codecs in the interop test), so
 * this runs {@link RuntimeClasspathSmoke} in a fresh JVM with only what the module ships with.
 */
class RuntimeClasspathTest {
    @Test
    void everyCodecWorksWithTheRuntimeDependenciesAlone() throws IOException, InterruptedException {
        Path target = Path.of("target");
        String dependencies = Files.readString(target.resolve("runtime-classpath.txt")).trim();
        assertThat(dependencies).doesNotContain("woodstox", "commons-collections", "shaded-guava", "snappy-java", "junit");
        String classPath = String.join(java.io.File.pathSeparator,
                target.resolve("classes").toString(), target.resolve("test-classes").toString(), dependencies);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-cp", classPath, RuntimeClasspathSmoke.class.getName()))
                .redirectErrorStream(true)
                .start();
        String output;
        try (var in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("runtime class path OK");
    }
}
