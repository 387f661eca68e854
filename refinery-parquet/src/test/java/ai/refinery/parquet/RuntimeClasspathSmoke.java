package ai.refinery.parquet;

import ai.refinery.core.record.Record;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads a file with every codec; run by {@link RuntimeClasspathTest} in a JVM that has
 * only the module's runtime class path, to prove the trimmed dependency set is enough.
 */
public final class RuntimeClasspathSmoke {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("parquet-smoke");
        Record r = Record.builder("r1")
                .set("s", "x").set("l", 1L).set("d", 0.5).set("b", true).set("bytes", new byte[] {1})
                .set("vec", new float[] {1f, 2f}).set("list", List.of("a")).set("map", Map.of("k", List.of(1L)))
                .meta("m", 1L)
                .build();
        for (ParquetSink.Codec codec : ParquetSink.Codec.values()) {
            Path file = dir.resolve(codec + ".parquet");
            ParquetFiles.write(file, new ParquetSink.Options(Map.of(), "id", "_meta", codec, 1 << 20), List.of(r));
            Record back = ParquetFiles.read(file).get(0);
            // the id column comes first; meta is read back as meta
            Record expected = Record.builder("row-1").set("id", "r1").build();
            Record.Builder e = expected.toBuilder();
            for (int i = 0; i < r.fieldCount(); i++) e.set(r.fieldName(i), r.fieldValue(i));
            expected = e.meta("m", 1L).build();
            if (!expected.equals(back)) {
                throw new AssertionError(codec + ": read back " + back + ", expected " + expected);
            }
            Files.delete(file);
        }
        Files.delete(dir);
        System.out.println("runtime class path OK");
    }
}
