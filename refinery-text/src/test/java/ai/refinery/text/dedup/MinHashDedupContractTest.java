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

class MinHashDedupContractTest extends OperatorContractTest {
    private static Path decisions;
    private static String sha;

    /** Decisions as a fitting pass writes them: record "2" is dropped. */
    private static synchronized void decide() {
        if (decisions != null) return;
        try {
            Path dir = Files.createTempDirectory("minhash-contract");
            dir.toFile().deleteOnExit();
            decisions = dir.resolve(NearDuplicateDecision.DROPPED_FILE);
            sha = LongSetFile.write(decisions, MinHashDedup.DROPPED_KIND, new long[] {MinHashFitter.idHash("2")});
            decisions.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected OperatorProvider<?> provider() {
        return new MinHashDedup.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        decide();
        return Map.of("threshold", 0.8, "dropped", decisions.toString(), "dropped_sha256", sha);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("threshold", 0), "'threshold' must be in (0, 1]"),
                invalid(Map.of("ngram", 0), "'ngram' must be 1..64"),
                invalid(Map.of("bands", 14), "'bands' and 'rows' go together"),
                invalid(Map.of("bands", 20, "rows", 8), "at most num_perm 112"),
                invalid(Map.of("keep", "highest"), "keep: highest needs score_field"),
                invalid(Map.of("score_field", "q"), "'score_field' is used only with keep: highest"),
                invalid(Map.of("index", "idx", "verify", "exact"), "which an index does not keep"),
                invalid(Map.of("mode", "containment", "save_index", "idx"), "mode: containment does not use an index"),
                invalid(Map.of("keep", "newest"), "first"));
    }

    @Override
    protected List<Record> samples() {
        return List.of(
                Record.builder("1").set("text", "a document").build(),
                Record.builder("2").set("text", "a document").build(),
                Record.builder("3").set("text", "").build(),
                Record.builder("4").set("other", 1L).build());
    }
}
