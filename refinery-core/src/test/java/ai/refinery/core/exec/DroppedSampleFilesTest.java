package ai.refinery.core.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DroppedSampleFilesTest {
    @TempDir
    Path dir;

    @Test
    void regroupsShardFilesByStepAndReasonInShardOrderAppendingToEarlierOnes() throws IOException {
        Files.writeString(dir.resolve("part-00001.jsonl"), line("lang", "language:not_kept", 3) + line("q", "too short", 4));
        Files.writeString(dir.resolve("part-00000.jsonl"), line("lang", "language:not_kept", 1) + "\n");
        Files.createDirectories(dir.resolve("lang"));
        Files.writeString(dir.resolve("lang/language_not_kept.jsonl"), line("lang", "language:not_kept", 0));

        DroppedSampleFiles.groupByStepAndReason(dir);

        assertThat(Files.readAllLines(dir.resolve("lang/language_not_kept.jsonl")))
                .containsExactly(line("lang", "language:not_kept", 0).strip(), line("lang", "language:not_kept", 1).strip(),
                        line("lang", "language:not_kept", 3).strip());
        assertThat(Files.readAllLines(dir.resolve("q/too_short.jsonl"))).containsExactly(line("q", "too short", 4).strip());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(List.of("lang", "q"));
        }
        DroppedSampleFiles.groupByStepAndReason(dir); // nothing left to regroup: unchanged
        assertThat(Files.readAllLines(dir.resolve("lang/language_not_kept.jsonl"))).hasSize(3);
    }

    @Test
    void namesAreMadeFileSafe() {
        assertThat(DroppedSampleFiles.fileSafe("missing:age")).isEqualTo("missing_age");
        assertThat(DroppedSampleFiles.fileSafe("../etc/passwd")).isEqualTo("_.._etc_passwd");
        assertThat(DroppedSampleFiles.fileSafe("")).isEqualTo("_");
        assertThat(DroppedSampleFiles.fileSafe("gopher_quality:mean_word_length")).isEqualTo("gopher_quality_mean_word_length");
    }

    private static String line(String step, String reason, int n) {
        return "{\"step\":\"" + step + "\",\"reason\":\"" + reason + "\",\"line\":" + n + "}\n";
    }
}
