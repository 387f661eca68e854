package ai.refinery.core.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.ConfigMaps;
import ai.refinery.core.testkit.OperatorHarness;
import ai.refinery.core.testkit.OperatorHarness.Result;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExactDedupTest {

    private static Operator dedup(Map<String, Object> settings) {
        return ConfigMaps.create(new ExactDedup.Provider(), settings, OperatorContext.forTest(1));
    }

    private static Record rec(String id, Object... kv) {
        Record.Builder b = Record.builder(id);
        for (int i = 0; i < kv.length; i += 2) b.set((String) kv[i], kv[i + 1]);
        return b.build();
    }

    @Test
    void keepsTheFirstRecordInInputOrder() {
        List<Record> input = List.of(rec("1", "t", "a"), rec("2", "t", "b"), rec("3", "t", "a"), rec("4", "t", "a"));
        Result r = OperatorHarness.run(dedup(Map.of()), input);
        assertThat(r.keptIds()).containsExactly("1", "2");
        assertThat(r.droppedIds()).containsExactly("3", "4");
        assertThat(r.dropCounts()).containsExactly(Map.entry("duplicate", 2L));

        List<Record> reversed = new ArrayList<>(input);
        Collections.reverse(reversed);
        assertThat(OperatorHarness.run(dedup(Map.of()), reversed).keptIds()).containsExactly("4", "2");
    }

    @Test
    void keepsTheFirstWhateverTheBatching() {
        List<Record> input = new ArrayList<>();
        for (int i = 0; i < 200; i++) input.add(rec("r" + i, "t", "v" + (i * 7919 % 37)));
        Result whole = OperatorHarness.run(dedup(Map.of()), input);
        assertThat(whole.kept()).hasSize(37);
        assertThat(whole.keptIds()).containsExactlyElementsOf(input.subList(0, 37).stream().map(Record::id).toList());
        for (int size : new int[] {1, 5, 64}) assertThat(OperatorHarness.run(dedup(Map.of()), input, size)).isEqualTo(whole);
    }

    @Test
    void separatesValuesThatConcatenateAlike() {
        Operator op = dedup(Map.of("fields", List.of("x", "y")));
        Result r = OperatorHarness.run(op, List.of(rec("1", "x", "ab", "y", "c"), rec("2", "x", "a", "y", "bc")));
        assertThat(r.keptIds()).containsExactly("1", "2");
    }

    @Test
    void separatesTypes() {
        Result r = OperatorHarness.run(dedup(Map.of()), List.of(rec("1", "v", 1L), rec("2", "v", "1"), rec("3", "v", 1.0),
                rec("4", "v", true), rec("5", "v", List.of(1L)), rec("6", "v", null), rec("7")));
        assertThat(r.kept()).hasSize(7);
    }

    @Test
    void comparesOnlyTheListedFieldsAndTellsAbsentFromNull() {
        Operator op = dedup(Map.of("fields", List.of("text")));
        Result r = OperatorHarness.run(op, List.of(rec("1", "text", "x", "n", 1L), rec("2", "text", "x", "n", 2L),
                rec("3", "text", null), rec("4"), rec("5", "other", 1L)));
        assertThat(r.keptIds()).containsExactly("1", "3", "4");
    }

    @Test
    void allFieldsIgnoreFieldOrderIdAndMeta() {
        Record a = Record.builder("a").set("x", 1L).set("y", "t").meta("source", "one").build();
        Record b = Record.builder("b").set("y", "t").set("x", 1L).meta("source", "two").build();
        Record c = Record.builder("c").set("y", "t").set("x", 1L).set("z", null).build();
        assertThat(OperatorHarness.run(dedup(Map.of()), List.of(a, b, c)).keptIds()).containsExactly("a", "c");
    }

    @Test
    void caseAndWhitespaceOptions() {
        List<Record> input = List.of(rec("1", "t", "Hello  World"), rec("2", "t", "hello world"), rec("3", "t", " HELLO World "),
                rec("4", "t", List.of("A  b")), rec("5", "t", List.of("a b")));
        assertThat(OperatorHarness.run(dedup(Map.of()), input).kept()).hasSize(5);
        assertThat(OperatorHarness.run(dedup(Map.of("case_insensitive", true)), input).keptIds())
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(OperatorHarness.run(dedup(Map.of("normalize_whitespace", true)), input).keptIds())
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(OperatorHarness.run(dedup(Map.of("case_insensitive", true, "normalize_whitespace", true)), input).keptIds())
                .containsExactly("1", "4");
    }

    @Test
    void signaturesAreStableAcrossInstances() {
        Record r = rec("1", "t", "x", "n", 3L);
        ExactDedup one = (ExactDedup) dedup(Map.of());
        ExactDedup two = (ExactDedup) ConfigMaps.create(new ExactDedup.Provider(), Map.of(), OperatorContext.forTest(99));
        assertThat(one.signature(r)).isEqualTo(two.signature(r));
    }
}
