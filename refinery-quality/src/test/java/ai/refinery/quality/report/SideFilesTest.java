package ai.refinery.quality.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SideFilesTest {
    @TempDir
    Path dir;

    private static Samples.Key key(com.fasterxml.jackson.databind.JsonNode n) {
        return new Samples.Key(n.path("step").asText(), n.path("reason").asText());
    }

    private void shards(int count, String... steps) throws Exception {
        for (int s = 0; s < count; s++) {
            List<String> lines = new ArrayList<>();
            for (String step : steps) {
                for (int i = 0; i < 3; i++) lines.add("{\"step\":\"" + step + "\",\"reason\":\"r\",\"line\":" + (s * 100 + i) + "}");
            }
            Files.write(dir.resolve(String.format("part-%05d.jsonl", s)), lines);
        }
    }

    @Test
    void stopsOnceEveryExpectedGroupIsFull() throws Exception {
        shards(50, "a", "b");
        Samples s = SideFiles.read(dir, SideFilesTest::key, 5, Map.of(new Samples.Key("a", "r"), 5, new Samples.Key("b", "r"), 5), 100_000);
        assertThat(s.files).isEqualTo(2);
        assertThat(s.get(new Samples.Key("a", "r"))).hasSize(5);
        assertThat(s.get(new Samples.Key("a", "r")).get(0).path("line").asInt()).isZero(); // first in input order
        assertThat(s.budgetExhausted).isFalse();
    }

    @Test
    void stopsAtTheLineBudgetWhenAGroupNeverFills() throws Exception {
        shards(50, "a");
        Samples s = SideFiles.read(dir, SideFilesTest::key, 5, Map.of(new Samples.Key("never", "r"), 5), 20);
        assertThat(s.linesRead).isEqualTo(20);
        assertThat(s.budgetExhausted).isTrue();
    }

    @Test
    void skipsOversizedAndBrokenLines() throws Exception {
        String huge = "{\"step\":\"a\",\"reason\":\"r\",\"text\":\"" + "x".repeat(SideFiles.MAX_LINE_CHARS + 10) + "\"}";
        Files.write(dir.resolve("part-00000.jsonl"), List.of(huge, "nope", "{\"step\":\"a\",\"reason\":\"r\"}\r"));
        Samples s = SideFiles.read(dir, SideFilesTest::key, 5, Map.of(), 1000);
        assertThat(s.oversizedLines).isEqualTo(1);
        assertThat(s.unreadableLines).isEqualTo(1);
        assertThat(s.get(new Samples.Key("a", "r"))).hasSize(1);
    }

    @Test
    void aMissingDirectoryHasNoSamples() throws Exception {
        assertThat(SideFiles.read(dir.resolve("nope"), SideFilesTest::key, 5, Map.of(), 10).isEmpty()).isTrue();
    }
}
