package ai.refinery.core.recipe;

import ai.refinery.core.config.Setting;
import ai.refinery.core.io.DatasetProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/** A dataset that "fetches" n numbered records into a cache directory (test only). */
public final class TestDataset implements DatasetProvider<TestDataset.Options> {
    public record Options(@Setting("Cache directory.") String cacheDir,
                          @Setting(value = "Records to make.", defaultValue = "3") int count) {
        public Options {
            if (count < 0) throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
    }

    @Override public String name() { return "test_numbers"; }
    @Override public String description() { return "Numbered records (test only)."; }
    @Override public Class<Options> optionsType() { return Options.class; }

    @Override
    public ResolvedDataset resolve(Options o, Consumer<String> log) throws IOException {
        Path dir = Path.of(o.cacheDir());
        if (!Files.isDirectory(dir)) throw new IOException("cache directory " + dir + " does not exist; create it first");
        Path file = dir.resolve("numbers.txt");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < o.count(); i++) sb.append("{\"n\":").append(i).append("}\n");
        Files.writeString(file, sb.toString());
        log.accept("made " + o.count() + " records in " + file);
        return new ResolvedDataset(file.toString(), "jsonl", Map.of("max_line_bytes", 1000));
    }
}
