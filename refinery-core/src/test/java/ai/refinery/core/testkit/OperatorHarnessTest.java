package ai.refinery.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.op.GroupedOperator;
import ai.refinery.core.op.KeySink;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.op.RecordFlatMapper;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorHarness.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorHarnessTest {

    private static List<Record> words(String... words) {
        List<Record> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) out.add(Record.builder("w" + i).set("w", words[i]).build());
        return out;
    }

    /** Groups words by first letter; with verification, same-letter words are duplicates only if equally long. */
    private static final class FirstLetter implements GroupedOperator<String> {
        private static final long serialVersionUID = 1L;
        private final boolean verify;

        FirstLetter(boolean verify) {
            this.verify = verify;
        }

        @Override
        public String signature(Record record) {
            return record.getString("w");
        }

        @Override
        public void keys(String signature, KeySink sink) {
            sink.accept(0, signature.charAt(0));
        }

        @Override
        public boolean verifiesCandidates() {
            return verify;
        }

        @Override
        public boolean confirms(String earlier, String later) {
            return earlier.length() == later.length();
        }

        @Override
        public String dropReason() {
            return "same_letter";
        }
    }

    @Test
    void groupedDropsRecordsSharingAKeyWithAnEarlierOne() {
        Result r = OperatorHarness.run(new FirstLetter(false), words("apple", "banana", "avocado", "berry", "cherry"));
        assertThat(r.keptIds()).containsExactly("w0", "w1", "w4");
        assertThat(r.dropCounts()).containsEntry("same_letter", 2L);
    }

    @Test
    void groupedConfirmsCandidatesAgainstEveryEarlierRecord() {
        // "apply" is confirmed by "apple" (same length) although "avocado" came in between;
        // "ax" shares the key but no earlier record confirms it.
        Result r = OperatorHarness.run(new FirstLetter(true), words("apple", "avocado", "apply", "ax", "ay"));
        assertThat(r.keptIds()).containsExactly("w0", "w1", "w3");
        assertThat(r.droppedIds()).containsExactly("w2", "w4");
    }

    @Test
    void signatureFailuresAreQuarantinedAndGetNoKeys() {
        List<Record> input = new ArrayList<>(words("apple"));
        input.add(Record.builder("bad").set("w", 3L).build());
        input.addAll(words("avocado"));
        Result r = OperatorHarness.run(new FirstLetter(false), input);
        assertThat(r.quarantined()).extracting(q -> q.record().id()).containsExactly("bad");
        assertThat(r.quarantined().get(0).error()).hasMessageContaining("is long, not String");
        assertThat(r.keptIds()).containsExactly("w0");
    }

    @Test
    void mappersFiltersAndFlatMappersRunPerRecord() {
        List<Record> input = words("a", "bb", "ccc");
        RecordMapper upper = r -> r.with("w", r.getString("w").toUpperCase());
        RecordFilter shortOnes = r -> r.getString("w").length() > 2 ? "too_long" : RecordFilter.KEEP;
        RecordFlatMapper twice = (r, out) -> {
            out.accept(r);
            out.accept(r.toBuilder().id(r.id() + "-copy").build());
        };
        assertThat(OperatorHarness.run(upper, input).kept()).extracting(r -> r.get("w")).containsExactly("A", "BB", "CCC");
        assertThat(OperatorHarness.run(shortOnes, input).dropCounts()).containsExactly(java.util.Map.entry("too_long", 1L));
        assertThat(OperatorHarness.run(twice, input).keptIds()).containsExactly("w0", "w0-copy", "w1", "w1-copy", "w2", "w2-copy");
    }

    @Test
    void exceptionsQuarantineTheirRecord() {
        RecordMapper failing = r -> {
            if (r.id().equals("w1")) throw new IllegalArgumentException("bad value");
            return r;
        };
        Result r = OperatorHarness.run(failing, words("a", "b", "c"));
        assertThat(r.keptIds()).containsExactly("w0", "w2");
        assertThat(r.quarantined()).singleElement().satisfies(q -> assertThat(q.error()).hasMessage("bad value"));
    }

    @Test
    void batchingKeepsInputOrder() {
        List<Record> input = new ArrayList<>();
        for (int i = 0; i < 100; i++) input.add(Record.builder("r" + i).set("w", "x" + (i % 13)).build());
        Result whole = OperatorHarness.run(new FirstLetter(false), input);
        for (int size : new int[] {1, 3, 10, 99}) assertThat(OperatorHarness.run(new FirstLetter(false), input, size)).isEqualTo(whole);
        RecordMapper identity = rec -> rec;
        assertThat(OperatorHarness.run(identity, input, 7).kept()).isEqualTo(input);
    }

    @Test
    void emptyInput() {
        assertThat(OperatorHarness.run(new FirstLetter(true), List.of()).isEmpty()).isTrue();
        assertThat(OperatorHarness.run(new FirstLetter(true), List.of(), 5).isEmpty()).isTrue();
    }
}
