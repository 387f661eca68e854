package ai.refinery.text.decontam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small eval sets written to temporary files for the tests. */
final class EvalFiles {
    /** Two benchmark-like questions, as JSONL with the text under "question". */
    static final String Q1 = "Which of the following best describes the primary function of the mitochondria in eukaryotic cells "
            + "during aerobic respiration and energy production?";
    static final String Q2 = "A train leaves the station at noon travelling at sixty miles per hour toward a city that lies two "
            + "hundred and forty miles away; at what time does it arrive?";

    private EvalFiles() {}

    static Path write(String name, String content) {
        try {
            Path dir = Files.createTempDirectory("refinery-decontam");
            dir.toFile().deleteOnExit();
            Path f = dir.resolve(name);
            Files.writeString(f, content, StandardCharsets.UTF_8);
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path questionsJsonl() {
        return write("questions.jsonl", "{\"id\": 1, \"question\": \"" + Q1 + "\"}\n\n{\"id\": 2, \"question\": \"" + Q2 + "\"}\n");
    }
}
