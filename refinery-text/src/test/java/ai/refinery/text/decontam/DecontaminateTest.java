package ai.refinery.text.decontam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.ConfigMaps;
import ai.refinery.core.util.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecontaminateTest {
    private static final long SEED = Long.getLong("refinery.test.seed", 20240607L);
    private static final Path QUESTIONS = EvalFiles.questionsJsonl();

    private static ContaminationConfig config(Map<String, Object> settings) {
        Map<String, Object> s = new HashMap<>(Map.of("eval_sets", List.of(QUESTIONS.toString()), "eval_field", "question"));
        s.putAll(settings);
        return ConfigMaps.bind(new Decontaminate.Provider(), s);
    }

    private static Record doc(String text) {
        return Record.builder("d").set("text", text).build();
    }

    /** Made-up words, so that filler never shares an n-gram with the questions by chance. */
    private static String filler(SplittableRandom rnd, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            int len = 3 + rnd.nextInt(6);
            for (int j = 0; j < len; j++) sb.append((char) ('a' + rnd.nextInt(26)));
            sb.append(i % 17 == 16 ? ". " : " ");
        }
        return sb.toString();
    }

    @Test
    void aContaminatedParagraphInsideALongDocumentIsFoundAndShown() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        String text = filler(rnd, 5_000) + "\n\n" + EvalFiles.Q1 + "\n\n" + filler(rnd, 5_000);
        assertThat(new Decontaminate(config(Map.of())).dropReason(doc(text))).as("seed " + SEED).isEqualTo("contaminated");
        Record flagged = new FlagContamination(config(Map.of())).map(doc(text));
        assertThat(flagged.meta("contaminated")).isEqualTo(true);
        // the first shared 13-gram: filler's last word cannot match, so it starts at the question
        assertThat(flagged.meta("contamination_ngram"))
                .isEqualTo("which of the following best describes the primary function of the mitochondria in");
    }

    @Test
    void twelveSharedWordsAreNotEnoughThirteenAre() {
        String[] words = EvalFiles.Q2.split(" ");
        String twelve = "Lorem ipsum " + String.join(" ", Arrays.copyOfRange(words, 5, 17)) + " dolor sit amet";
        String thirteen = "Lorem ipsum " + String.join(" ", Arrays.copyOfRange(words, 5, 18)) + " dolor sit amet";
        Decontaminate op = new Decontaminate(config(Map.of()));
        assertThat(op.dropReason(doc(twelve))).isNull();
        assertThat(op.dropReason(doc(thirteen))).isEqualTo("contaminated");
        Record clean = new FlagContamination(config(Map.of())).map(doc(twelve));
        assertThat(clean.meta("contaminated")).isEqualTo(false);
        assertThat(clean.hasMeta("contamination_ngram")).isFalse();
    }

    @Test
    void caseAndPunctuationDifferencesStillMatchUnlessNormalizationIsOff() {
        String variant = "WHICH of the following -- best describes the \"primary\" function of the mitochondria, "
                + "in eukaryotic cells (during aerobic respiration)...";
        String fullWidth = "Ｗｈｉｃｈ of the following best describes the primary function of the mitochondria in eukaryotic cells";
        assertThat(new Decontaminate(config(Map.of())).dropReason(doc(variant))).isEqualTo("contaminated");
        assertThat(new Decontaminate(config(Map.of())).dropReason(doc(fullWidth))).isEqualTo("contaminated");
        assertThat(new Decontaminate(config(Map.of("normalize", false))).dropReason(doc(variant))).isNull();
        assertThat(new Decontaminate(config(Map.of("normalize", false))).dropReason(doc(EvalFiles.Q1))).isEqualTo("contaminated");
    }

    @Test
    void aMissingEvalFileFailsAtValidation() {
        assertThatThrownBy(() -> config(Map.of("eval_sets", List.of("/no/such/dir/mmlu.jsonl"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("eval set '/no/such/dir/mmlu.jsonl' does not exist");
    }

    @Test
    void anEmptyEvalSetFailsAtValidation() throws Exception {
        Path empty = EvalFiles.write("empty.txt", "");
        assertThatThrownBy(() -> config(Map.of("eval_sets", List.of(empty.toString()))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("is empty: no document of at least 13 words");
        Path shortLines = EvalFiles.write("short.txt", "too short to hold a 13-gram\nthis one too\n");
        assertThatThrownBy(() -> config(Map.of("eval_sets", List.of(shortLines.toString()))))
                .hasMessageContaining("(2 shorter ones ignored)");
        Path emptyDir = Files.createTempDirectory("refinery-empty-evals");
        assertThatThrownBy(() -> config(Map.of("eval_sets", List.of(emptyDir.toString()))))
                .hasMessageContaining("holds no .txt file");
        Path notJson = EvalFiles.write("bad.jsonl", "{\"question\": \"ok\"}\nnot json\n");
        assertThatThrownBy(() -> config(Map.of("eval_sets", List.of(notJson.toString()))))
                .hasMessageContaining("line 2 is not JSON");
    }

    @Test
    void plainTextLinesAndDirectoriesOfTxtFilesAreEvalSetsToo() throws Exception {
        Path lines = EvalFiles.write("evals.txt", "short line\n" + EvalFiles.Q2 + "\n");
        Path dir = Files.createTempDirectory("refinery-evals");
        Files.writeString(dir.resolve("q1.txt"), EvalFiles.Q1.replace(" ", "\n"));
        Files.writeString(dir.resolve("notes.md"), EvalFiles.Q2);
        Decontaminate fromLines = new Decontaminate(config(Map.of("eval_sets", List.of(lines.toString()))));
        Decontaminate fromDir = new Decontaminate(config(Map.of("eval_sets", List.of(dir.toString()))));
        assertThat(fromLines.dropReason(doc(EvalFiles.Q2))).isEqualTo("contaminated");
        assertThat(fromLines.dropReason(doc(EvalFiles.Q1))).isNull();
        assertThat(fromDir.dropReason(doc(EvalFiles.Q1))).isEqualTo("contaminated");
        assertThat(fromDir.dropReason(doc(EvalFiles.Q2))).as("only .txt files are read").isNull();
    }

    @Test
    void theConfigRecordsTheEvalSetsSha256AndRefusesAnother() throws Exception {
        String sha = Sha256.hex(Files.readAllBytes(QUESTIONS));
        assertThat(config(Map.of()).evalSha256()).isEqualTo(sha);
        assertThat(config(Map.of("eval_sha256", sha.toUpperCase())).evalSha256()).isEqualTo(sha);
        assertThatThrownBy(() -> config(Map.of("eval_sha256", "00" + sha.substring(2))))
                .hasMessageContaining("has SHA-256 " + sha + ", not the expected 00");
    }

    @Test
    void smallerNCatchesShorterOverlaps() {
        String six = "the primary function of the mitochondria";
        assertThat(new Decontaminate(config(Map.of())).dropReason(doc(six))).isNull();
        assertThat(new Decontaminate(config(Map.of("n", 6))).dropReason(doc(six))).isEqualTo("contaminated");
    }

    @Test
    void aHugeCleanDocumentIsCheckedQuickly() {
        String huge = filler(new SplittableRandom(SEED), 3_000_000); // about 20 MB
        Decontaminate op = new Decontaminate(config(Map.of()));
        long start = System.nanoTime();
        assertThat(op.dropReason(doc(huge))).isNull();
        assertThat((System.nanoTime() - start) / 1e9).as("seconds for %d MB", huge.length() >> 20).isLessThan(15);
    }

    @Test
    void missingTextIsCleanAndNonTextIsRefused() {
        Decontaminate op = new Decontaminate(config(Map.of()));
        assertThat(op.dropReason(Record.builder("none").build())).isNull();
        assertThatThrownBy(() -> op.dropReason(Record.builder("n").set("text", 1L).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("field 'text'");
    }

    @Test
    void longHashSetAgreesWithAHashSet() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        LongHashSet set = new LongHashSet(4);
        java.util.Set<Long> ref = new java.util.HashSet<>();
        List<Long> probes = new ArrayList<>(List.of(0L, -1L, Long.MIN_VALUE));
        for (int i = 0; i < 100_000; i++) {
            long v = rnd.nextInt(4) == 0 ? rnd.nextLong(1000) : rnd.nextLong();
            assertThat(set.add(v)).as("seed " + SEED).isEqualTo(ref.add(v));
            probes.add(rnd.nextLong(2000));
        }
        set.add(0);
        ref.add(0L);
        assertThat(set.size()).isEqualTo(ref.size());
        for (long p : probes) assertThat(set.contains(p)).as("seed " + SEED + ", probe " + p).isEqualTo(ref.contains(p));
    }
}
