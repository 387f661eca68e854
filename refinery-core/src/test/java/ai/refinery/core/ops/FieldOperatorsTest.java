package ai.refinery.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.ConfigMaps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** select_fields, drop_fields, rename_fields and require_fields. */
class FieldOperatorsTest {
    private static final Record R = Record.builder("r").set("a", 1L).set("b", "two").set("c", null).set("d", 4.0)
            .meta("m", "x").build();

    private static RecordMapper mapper(OperatorProvider<?> p, Map<String, Object> settings) {
        return (RecordMapper) ConfigMaps.create(p, settings, OperatorContext.forTest(1));
    }

    private static RecordFilter filter(OperatorProvider<?> p, Map<String, Object> settings) {
        return (RecordFilter) ConfigMaps.create(p, settings, OperatorContext.forTest(1));
    }

    @Test
    void selectKeepsListedFieldsInListedOrder() {
        Record out = mapper(new SelectFields.Provider(), Map.of("fields", List.of("d", "zz", "a", "c"))).map(R);
        assertThat(out.fieldNames()).containsExactly("d", "a", "c");
        assertThat(out.get("a")).isEqualTo(1L);
        assertThat(out.meta("m")).isEqualTo("x");
        assertThat(out.id()).isEqualTo("r");
    }

    @Test
    void dropRemovesListedFields() {
        RecordMapper drop = mapper(new DropFields.Provider(), Map.of("fields", List.of("b", "zz", "c")));
        assertThat(drop.map(R).fieldNames()).containsExactly("a", "d");
        Record untouched = Record.builder("u").set("a", 1L).build();
        assertThat(drop.map(untouched)).isSameAs(untouched);
    }

    @Test
    void renameKeepsPositionAndReplacesTheTarget() {
        Record out = mapper(new RenameFields.Provider(), Map.of("fields", Map.of("a", "d"))).map(R);
        assertThat(out.fieldNames()).containsExactly("d", "b", "c");
        assertThat(out.get("d")).isEqualTo(1L);
    }

    @Test
    void renameIsSimultaneous() {
        Record swapped = mapper(new RenameFields.Provider(), Map.of("fields", Map.of("a", "b", "b", "a"))).map(R);
        assertThat(swapped.fieldNames()).containsExactly("b", "a", "c", "d");
        assertThat(swapped.get("b")).isEqualTo(1L);
        assertThat(swapped.get("a")).isEqualTo("two");

        Record chained = mapper(new RenameFields.Provider(), Map.of("fields", Map.of("a", "b", "b", "c"))).map(R);
        assertThat(chained.fields()).containsExactly(Map.entry("b", 1L), Map.entry("c", "two"), Map.entry("d", 4.0));
    }

    @Test
    void renameWithoutMatchingFieldsReturnsTheRecord() {
        assertThat(mapper(new RenameFields.Provider(), Map.of("fields", Map.of("zz", "y"))).map(R)).isSameAs(R);
    }

    @Test
    void renameRefusesTwoFieldsOntoOneName() {
        assertThatThrownBy(() -> mapper(new RenameFields.Provider(), Map.of("fields", Map.of("a", "x", "b", "x"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("to 'x'; each new name can be given only once");
    }

    @Test
    void requireDropsWithTheFirstMissingField() {
        RecordFilter require = filter(new RequireFields.Provider(), Map.of("fields", List.of("a", "zz", "c")));
        assertThat(require.dropReason(R)).isEqualTo("missing:zz");
        assertThat(require.dropReason(R.with("zz", 0L))).isEqualTo("missing:c");
        assertThat(require.dropReason(R.with("zz", 0L).with("c", false))).isNull();
    }

    @Test
    void requireCanTreatBlankTextAsMissing() {
        Record blank = R.with("b", "  ");
        Record empty = R.with("b", "");
        RecordFilter lenient = filter(new RequireFields.Provider(), Map.of("fields", List.of("b")));
        RecordFilter strict = filter(new RequireFields.Provider(), Map.of("fields", List.of("b"), "allow_empty_strings", false));
        assertThat(lenient.dropReason(blank)).isNull();
        assertThat(lenient.dropReason(empty)).isNull();
        assertThat(strict.dropReason(blank)).isEqualTo("missing:b");
        assertThat(strict.dropReason(empty)).isEqualTo("missing:b");
        assertThat(strict.dropReason(R)).isNull();
    }
}
