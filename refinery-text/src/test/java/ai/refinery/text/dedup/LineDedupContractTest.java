package ai.refinery.text.dedup;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

class LineDedupContractTest extends OperatorContractTest {
    private static final String BOILERPLATE = "Sent from the mailing list archive";
    private static Path learnt;
    private static String sha;

    /** A key set with one repeated line, as a fitting pass would write it. */
    private static synchronized void learn() {
        if (learnt != null) return;
        try {
            Path dir = Files.createTempDirectory("line-dedup-contract");
            dir.toFile().deleteOnExit();
            learnt = dir.resolve(LineDedup.FILE);
            sha = LongSetFile.write(learnt, LineDedup.KIND, new long[] {new LineKeys(10).key(BOILERPLATE, 0, BOILERPLATE.length())});
            learnt.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected OperatorProvider<?> provider() {
        return new LineDedup.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        learn();
        return Map.of("field", "text", "repeated_lines", learnt.toString(), "repeated_lines_sha256", sha);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("max_documents", 0), "'max_documents' must be at least 1"),
                invalid(Map.of("min_chars", 0), "'min_chars' must be at least 1"),
                invalid(Map.of("repeated_lines", "x.bin"), "'repeated_lines' and 'repeated_lines_sha256' go together"),
                invalid(Map.of("repeated_lines", "x.bin", "repeated_lines_sha256", "abc"), "64 lower-case hex digits"));
    }

    @Override
    protected List<Record> samples() {
        return List.of(
                Record.builder("1").set("text", "A first line of real content\n" + BOILERPLATE + "\nthe end").build(),
                Record.builder("2").set("text", "  SENT FROM THE   MAILING LIST ARCHIVE  ").build(),
                Record.builder("3").set("text", "nothing repeated here").build(),
                Record.builder("4").set("text", "").build(),
                Record.builder("5").set("other", 3L).build());
    }
}
