package ai.refinery.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordTest {

    private static Record sample() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("k", 1);
        nested.put("inner", List.of(1.5f, "x"));
        return Record.builder("r1")
                .set("text", "hello")
                .set("n", 7)
                .set("score", 0.25)
                .set("flag", true)
                .set("raw", new byte[] {1, 2, 3})
                .set("vec", new float[] {0.5f, -1f})
                .set("tags", List.of("a", "b"))
                .set("obj", nested)
                .set("nothing", null)
                .meta("lang", "en")
                .meta("quality", 0.9f)
                .build();
    }

    @Test
    void setAppendsNewFieldsInInsertionOrder() {
        Record r = Record.builder("id").set("b", 1).set("a", 2).set("c", 3).build();
        assertThat(r.fieldNames()).containsExactly("b", "a", "c");
        assertThat(r.fieldCount()).isEqualTo(3);
        assertThat(r.fieldName(1)).isEqualTo("a");
        assertThat(r.fieldValue(1)).isEqualTo(2L);
    }

    @Test
    void setOfAnExistingFieldReplacesItInPlace() {
        Record r = Record.builder("id").set("a", 1).set("b", 2).set("c", 3).set("b", "two").build();
        assertThat(r.fieldNames()).containsExactly("a", "b", "c");
        assertThat(r.get("b")).isEqualTo("two");
    }

    @Test
    void setKeepsNullAsAPresentField() {
        Record r = Record.builder("id").set("a", null).build();
        assertThat(r.has("a")).isTrue();
        assertThat(r.get("a")).isNull();
        assertThat(r.has("b")).isFalse();
        assertThat(r.get("b")).isNull();
    }

    @Test
    void builderGrowsBeyondItsInitialCapacity() {
        Record.Builder b = Record.builder("id");
        for (int i = 0; i < 100; i++) b.set("f" + i, i);
        Record r = b.build();
        assertThat(r.fieldCount()).isEqualTo(100);
        for (int i = 0; i < 100; i++) {
            assertThat(r.fieldName(i)).isEqualTo("f" + i);
            assertThat(r.getLong("f" + i)).isEqualTo((long) i);
        }
    }

    @Test
    void removeDeletesAFieldAndKeepsTheOthersInOrder() {
        Record r = Record.builder("id").set("a", 1).set("b", 2).set("c", 3).remove("b").remove("missing").build();
        assertThat(r.fieldNames()).containsExactly("a", "c");
        assertThat(r.has("b")).isFalse();
        assertThat(r.getLong("c")).isEqualTo(3L);
    }

    @Test
    void removeThenSetAppendsAtTheEnd() {
        Record r = Record.builder("id").set("a", 1).set("b", 2).remove("a").set("a", 9).build();
        assertThat(r.fieldNames()).containsExactly("b", "a");
        assertThat(r.get("a")).isEqualTo(9L);
    }

    @Test
    void renameKeepsThePosition() {
        Record r = Record.builder("id").set("a", 1).set("b", 2).set("c", 3).rename("b", "x").build();
        assertThat(r.fieldNames()).containsExactly("a", "x", "c");
        assertThat(r.get("x")).isEqualTo(2L);
        assertThat(r.has("b")).isFalse();
    }

    @Test
    void renameReplacesAnExistingTargetBeforeTheSource() {
        Record r = Record.builder("id").set("t", "old").set("a", 1).set("s", "new").set("z", 0)
                .rename("s", "t").build();
        assertThat(r.fieldNames()).containsExactly("a", "t", "z");
        assertThat(r.get("t")).isEqualTo("new");
    }

    @Test
    void renameReplacesAnExistingTargetAfterTheSource() {
        Record r = Record.builder("id").set("s", "new").set("a", 1).set("t", "old").rename("s", "t").build();
        assertThat(r.fieldNames()).containsExactly("t", "a");
        assertThat(r.get("t")).isEqualTo("new");
    }

    @Test
    void renameOfAMissingFieldOrToItselfChangesNothing() {
        Record r = Record.builder("id").set("a", 1).set("b", 2).rename("nope", "a").rename("a", "a").build();
        assertThat(r.fieldNames()).containsExactly("a", "b");
        assertThat(r.get("a")).isEqualTo(1L);
    }

    @Test
    void clearFieldsKeepsIdAndMeta() {
        Record r = Record.builder("id").set("a", 1).meta("m", "x").clearFields().set("b", 2).build();
        assertThat(r.fieldNames()).containsExactly("b");
        assertThat(r.meta("m")).isEqualTo("x");
        assertThat(r.id()).isEqualTo("id");
    }

    @Test
    void metaIsSeparateFromFieldsAndReplacesInPlace() {
        Record r = Record.builder("id").set("a", 1).meta("lang", "en").meta("score", 3).meta("lang", "de").build();
        assertThat(r.has("lang")).isFalse();
        assertThat(r.metaCount()).isEqualTo(2);
        assertThat(r.metaName(0)).isEqualTo("lang");
        assertThat(r.metaValue(0)).isEqualTo("de");
        assertThat(r.meta("score")).isEqualTo(3L);
        assertThat(r.meta("absent")).isNull();
        assertThat(r.meta()).containsExactly(Map.entry("lang", "de"), Map.entry("score", 3L));
    }

    @Test
    void manyMetaEntriesGrowTheBuilder() {
        Record.Builder b = Record.builder("id");
        for (int i = 0; i < 40; i++) b.meta("m" + i, i);
        Record r = b.build();
        assertThat(r.metaCount()).isEqualTo(40);
        for (int i = 0; i < 40; i++) assertThat(r.meta("m" + i)).isEqualTo((long) i);
    }

    @Test
    void builderRejectsNullIdAndNames() {
        assertThatThrownBy(() -> Record.builder(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("record id");
        assertThatThrownBy(() -> Record.builder("x").set(null, 1)).isInstanceOf(NullPointerException.class).hasMessageContaining("field name");
        assertThatThrownBy(() -> Record.builder("x").meta(null, 1)).isInstanceOf(NullPointerException.class).hasMessageContaining("meta key");
        assertThatThrownBy(() -> Record.builder("x").id(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void valuesAreNormalizedOnSet() {
        Record r = Record.builder("id")
                .set("i", 5).set("s", (short) 6).set("b", (byte) 7).set("f", 1.5f)
                .set("sb", new StringBuilder("text"))
                .set("list", List.of(1, 2.5f, List.of(3)))
                .set("map", Map.of("k", 4))
                .build();
        assertThat(r.get("i")).isInstanceOf(Long.class).isEqualTo(5L);
        assertThat(r.get("s")).isEqualTo(6L);
        assertThat(r.get("b")).isEqualTo(7L);
        assertThat(r.get("f")).isInstanceOf(Double.class).isEqualTo(1.5d);
        assertThat(r.get("sb")).isEqualTo("text");
        assertThat(r.getList("list")).containsExactly(1L, 2.5d, List.of(3L));
        assertThat(r.getList("list").get(2)).asList().first().isInstanceOf(Long.class);
        assertThat(r.getMap("map")).containsEntry("k", 4L);
    }

    @Test
    void unsupportedValuesAreRejectedWithTheirType() {
        assertThatThrownBy(() -> Record.builder("id").set("x", new Object()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported field value type java.lang.Object")
                .hasMessageContaining("supported: string, long");
        assertThatThrownBy(() -> Record.builder("id").meta("x", new java.math.BigDecimal("1.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.math.BigDecimal");
        assertThatThrownBy(() -> Record.builder("id").set("x", List.of(1, new int[] {1})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[I");
    }

    @Test
    void builtRecordIsNotChangedByLaterBuilderCalls() {
        Record.Builder b = Record.builder("id").set("a", 1).set("b", 2).meta("m", "x");
        Record first = b.build();
        b.set("a", 100).set("c", 3).remove("b").rename("a", "z").meta("m", "y").meta("n", 1).id("other");
        Record second = b.build();

        assertThat(first.id()).isEqualTo("id");
        assertThat(first.fieldNames()).containsExactly("a", "b");
        assertThat(first.get("a")).isEqualTo(1L);
        assertThat(first.get("b")).isEqualTo(2L);
        assertThat(first.meta()).containsExactly(Map.entry("m", "x"));

        assertThat(second.id()).isEqualTo("other");
        assertThat(second.fieldNames()).containsExactly("z", "c");
        assertThat(second.meta()).containsExactly(Map.entry("m", "y"), Map.entry("n", 1L));
    }

    @Test
    void toBuilderCopiesAndLeavesTheOriginalAlone() {
        Record r = sample();
        Record changed = r.toBuilder().set("text", "bye").remove("n").meta("lang", "fr").meta("extra", 1).build();
        assertThat(r).isEqualTo(sample());
        assertThat(r.getString("text")).isEqualTo("hello");
        assertThat(r.meta("lang")).isEqualTo("en");
        assertThat(changed.getString("text")).isEqualTo("bye");
        assertThat(changed.has("n")).isFalse();
        assertThat(changed.meta("lang")).isEqualTo("fr");
        assertThat(changed.meta("extra")).isEqualTo(1L);
        assertThat(changed.fieldNames()).containsExactly("text", "score", "flag", "raw", "vec", "tags", "obj", "nothing");
    }

    @Test
    void toBuilderOfAnEmptyRecordCanGrow() {
        Record empty = Record.builder("e").build();
        assertThat(empty.fieldCount()).isZero();
        assertThat(empty.metaCount()).isZero();
        Record.Builder b = empty.toBuilder();
        for (int i = 0; i < 20; i++) b.set("f" + i, i).meta("m" + i, i);
        Record r = b.build();
        assertThat(r.fieldCount()).isEqualTo(20);
        assertThat(r.metaCount()).isEqualTo(20);
    }

    @Test
    void withAndWithMetaReturnCopies() {
        Record r = Record.builder("id").set("a", 1).build();
        Record w = r.with("b", 2).with("a", 3);
        Record m = r.withMeta("k", "v");
        assertThat(r.fieldNames()).containsExactly("a");
        assertThat(r.metaCount()).isZero();
        assertThat(w.fieldNames()).containsExactly("a", "b");
        assertThat(w.get("a")).isEqualTo(3L);
        assertThat(m.meta("k")).isEqualTo("v");
        assertThat(m.fieldNames()).containsExactly("a");
    }

    @Test
    void builderGetSeesCurrentValues() {
        Record.Builder b = Record.builder("id").set("a", 1);
        assertThat(b.get("a")).isEqualTo(1L);
        assertThat(b.get("zz")).isNull();
        b.remove("a");
        assertThat(b.get("a")).isNull();
    }

    @Test
    void fieldsMetaAndNamesAreUnmodifiable() {
        Record r = sample();
        assertThatThrownBy(() -> r.fields().put("x", 1L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.fields().remove("text")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.meta().put("x", 1L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.fieldNames().set(0, "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.getList("tags").add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.getMap("obj").put("k", 2L)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(r.fields()).containsKeys("text", "n").hasSize(9);
        assertThat(r.fields().keySet()).containsExactly("text", "n", "score", "flag", "raw", "vec", "tags", "obj", "nothing");
    }

    @Test
    void mutatingTheSourceCollectionsDoesNotChangeTheRecord() {
        List<Object> list = new ArrayList<>(List.of("a"));
        Map<String, Object> map = new LinkedHashMap<>(Map.of("k", "v"));
        Record r = Record.builder("id").set("l", list).set("m", map).build();
        list.add("b");
        map.put("k2", "v2");
        assertThat(r.getList("l")).containsExactly("a");
        assertThat(r.getMap("m")).containsExactly(Map.entry("k", "v"));
    }

    @Test
    void typedGettersReturnTheValueOrNull() {
        Record r = sample();
        assertThat(r.getString("text")).isEqualTo("hello");
        assertThat(r.getLong("n")).isEqualTo(7L);
        assertThat(r.getDouble("score")).isEqualTo(0.25);
        assertThat(r.getBoolean("flag")).isTrue();
        assertThat(r.getBytes("raw")).containsExactly(1, 2, 3);
        assertThat(r.getFloatVector("vec")).containsExactly(0.5f, -1f);
        assertThat(r.getList("tags")).containsExactly("a", "b");
        assertThat(r.getMap("obj")).containsEntry("k", 1L);
        assertThat(r.getString("nothing")).isNull();
        assertThat(r.getLong("absent")).isNull();
    }

    @Test
    void typedGetterOfTheWrongTypeNamesFieldRecordAndTypes() {
        Record r = sample();
        assertThatThrownBy(() -> r.getLong("text"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field 'text' of record r1 is string, not Long");
        assertThatThrownBy(() -> r.getString("n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("field 'n'").hasMessageContaining("is long, not String");
        assertThatThrownBy(() -> r.getDouble("n")).hasMessageContaining("is long, not Double");
        assertThatThrownBy(() -> r.getBoolean("score")).hasMessageContaining("is double, not Boolean");
        assertThatThrownBy(() -> r.getBytes("vec")).hasMessageContaining("is float_vector, not byte[]");
        assertThatThrownBy(() -> r.getFloatVector("raw")).hasMessageContaining("is bytes, not float[]");
        assertThatThrownBy(() -> r.getList("obj")).hasMessageContaining("is map, not List");
        assertThatThrownBy(() -> r.getMap("tags")).hasMessageContaining("is list, not Map");
    }

    @Test
    void equalsComparesArraysAndNestedValuesByContent() {
        assertThat(sample()).isEqualTo(sample()).hasSameHashCodeAs(sample());
        Record a = Record.builder("x").set("b", new byte[] {1, 2}).set("v", new float[] {1f})
                .set("l", List.of(new byte[] {9}, Map.of("f", new float[] {2f}))).build();
        Record b = Record.builder("x").set("b", new byte[] {1, 2}).set("v", new float[] {1f})
                .set("l", List.of(new byte[] {9}, Map.of("f", new float[] {2f}))).build();
        assertThat(a).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        assertThat(a).isNotEqualTo(b.with("b", new byte[] {1, 3}));
        assertThat(a).isNotEqualTo(b.with("v", new float[] {1f, 0f}));
        assertThat(a).isNotEqualTo(b.with("l", List.of(new byte[] {9}, Map.of("f", new float[] {3f}))));
    }

    @Test
    void equalsConsidersIdOrderTypesAndMeta() {
        Record base = Record.builder("x").set("a", 1).set("b", 2).meta("m", 1).build();
        assertThat(base).isNotEqualTo(base.toBuilder().id("y").build());
        assertThat(base).isNotEqualTo(Record.builder("x").set("b", 2).set("a", 1).meta("m", 1).build());
        assertThat(base).isNotEqualTo(base.with("a", 1.0));
        assertThat(base).isNotEqualTo(base.withMeta("m", 2));
        assertThat(base).isNotEqualTo(base.toBuilder().remove("b").build());
        assertThat(base).isNotEqualTo(base.with("b", null));
        assertThat(base).isEqualTo(Record.builder("x").set("a", 1L).set("b", (short) 2).meta("m", 1).build());
        assertThat(base).isNotEqualTo(null).isNotEqualTo("x");
    }

    @Test
    void toStringShowsIdFieldsAndMeta() {
        Record r = Record.builder("x").set("a", 1).set("raw", new byte[4]).meta("m", "v").build();
        assertThat(r.toString()).isEqualTo("Record{id=x, a=1, raw=bytes[4], meta={m=v}}");
    }

    @Test
    void javaSerializationRoundTripKeepsEverything() throws Exception {
        Record r = sample();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(r);
        }
        Record back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (Record) in.readObject();
        }
        assertThat(back).isEqualTo(r).isNotSameAs(r);
        assertThat(back.hashCode()).isEqualTo(r.hashCode());
        assertThat(back.fieldNames()).isEqualTo(r.fieldNames());
        assertThat(back.meta()).isEqualTo(r.meta());
        assertThat(back.getBytes("raw")).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> back.getList("tags").add("z")).isInstanceOf(UnsupportedOperationException.class);
        Record extended = back.toBuilder().set("added", 1).meta("m2", 2).build();
        assertThat(extended.fieldCount()).isEqualTo(r.fieldCount() + 1);
    }
}
