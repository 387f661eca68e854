package ai.refinery.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigNodeTest {
    private static final Mark M = new Mark("f.yaml", 2, 3);
    private static final Mark K = new Mark("f.yaml", 2, 1);

    @Test
    void scalarNodes() {
        ConfigNode s = ConfigNode.scalar(12L, M);
        assertThat(s.kind()).isEqualTo(ConfigNode.Kind.SCALAR);
        assertThat(s.isScalar()).isTrue();
        assertThat(s.isList()).isFalse();
        assertThat(s.isMap()).isFalse();
        assertThat(s.isNull()).isFalse();
        assertThat(s.scalarValue()).isEqualTo(12L);
        assertThat(s.asString()).isEqualTo("12");
        assertThat(s.mark()).isEqualTo(M);
        assertThat(s.describe()).isEqualTo("'12'");
        assertThat(s.get("x")).isNull();
        ConfigNode n = ConfigNode.scalar(null, M);
        assertThat(n.isNull()).isTrue();
        assertThat(n.asString()).isNull();
        assertThat(n.describe()).isEqualTo("nothing (null)");
        assertThat(ConfigNode.list(List.of(), M).isNull()).isFalse();
    }

    @Test
    void wrongKindAccessIsAConfigExceptionAtTheNode() {
        ConfigNode s = ConfigNode.scalar("x", M);
        assertThatThrownBy(s::items).isInstanceOf(ConfigException.class).hasMessage("f.yaml:2:3: expected a list but found 'x'");
        assertThatThrownBy(s::entries).isInstanceOf(ConfigException.class).hasMessage("f.yaml:2:3: expected a mapping of settings but found 'x'");
        ConfigNode l = ConfigNode.list(List.of(s), M);
        assertThatThrownBy(l::scalarValue).isInstanceOf(ConfigException.class).hasMessage("f.yaml:2:3: expected a single value but found a list");
        assertThatThrownBy(() -> l.with("k", s)).isInstanceOf(ConfigException.class);
        ConfigNode m = ConfigNode.map(Map.of(), Map.of(), M);
        assertThatThrownBy(m::asString).hasMessage("f.yaml:2:3: expected a single value but found a mapping");
        assertThatThrownBy(() -> m.withItem(0, s)).isInstanceOf(ConfigException.class);
    }

    @Test
    void listAndMapAreCopiedAndUnmodifiable() {
        List<ConfigNode> items = new ArrayList<>(List.of(ConfigNode.scalar(1L, M)));
        ConfigNode l = ConfigNode.list(items, M);
        items.add(ConfigNode.scalar(2L, M));
        assertThat(l.items()).hasSize(1);
        assertThatThrownBy(() -> l.items().add(ConfigNode.scalar(3L, M))).isInstanceOf(UnsupportedOperationException.class);

        Map<String, ConfigNode> entries = new LinkedHashMap<>();
        entries.put("a", ConfigNode.scalar(1L, M));
        ConfigNode m = ConfigNode.map(entries, Map.of("a", K), M);
        entries.put("b", ConfigNode.scalar(2L, M));
        assertThat(m.entries()).containsOnlyKeys("a");
        assertThatThrownBy(() -> m.entries().remove("a")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withReturnsAModifiedCopy() {
        ConfigNode m = ConfigNode.map(Map.of("a", ConfigNode.scalar(1L, M)), Map.of("a", K), M);
        Mark setMark = Mark.of("--set b");
        ConfigNode m2 = m.with("b", ConfigNode.scalar("x", setMark)).with("a", ConfigNode.scalar(5L, setMark));
        assertThat(m.toPlain()).isEqualTo(Map.of("a", 1L));
        assertThat(m2.toPlain()).isEqualTo(Map.of("a", 5L, "b", "x"));
        assertThat(m2.entries().keySet()).containsExactly("a", "b");
        assertThat(m2.keyMark("a")).as("an existing key keeps where it was written").isEqualTo(K);
        assertThat(m2.keyMark("b")).isEqualTo(setMark);
        assertThat(m2.mark()).isEqualTo(M);
    }

    @Test
    void withItemReplacesOneItem() {
        ConfigNode l = ConfigNode.list(List.of(ConfigNode.scalar(1L, M), ConfigNode.scalar(2L, M)), M);
        ConfigNode l2 = l.withItem(1, ConfigNode.scalar("two", M));
        assertThat(l.toPlain()).isEqualTo(List.of(1L, 2L));
        assertThat(l2.toPlain()).isEqualTo(List.of(1L, "two"));
        assertThatThrownBy(() -> l.withItem(5, ConfigNode.scalar(0L, M))).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void toPlainAndToString() {
        Map<String, ConfigNode> e = new LinkedHashMap<>();
        e.put("z", ConfigNode.list(List.of(ConfigNode.scalar(null, M), ConfigNode.scalar(true, M)), M));
        e.put("a", ConfigNode.map(Map.of("k", ConfigNode.scalar(1.5, M)), Map.of(), M));
        ConfigNode m = ConfigNode.map(e, Map.of(), M);
        Object plain = m.toPlain();
        assertThat(plain).isInstanceOf(LinkedHashMap.class);
        assertThat(plain).isEqualTo(Map.of("z", Arrays.asList(null, true), "a", Map.of("k", 1.5)));
        assertThat(m.toString()).isEqualTo("{z=[null, true], a={k=1.5}}");
        assertThat(m.describe()).isEqualTo("a mapping");
        assertThat(m.keyMark("z")).isEqualTo(M);
    }

    @Test
    void markToString() {
        assertThat(new Mark("r.yaml", 3, 7)).hasToString("r.yaml:3:7");
        assertThat(Mark.of("--set x")).hasToString("--set x");
        assertThat(new ConfigException(null, "plain").getMessage()).isEqualTo("plain");
        assertThat(new ConfigException(M, "msg").getMessage()).isEqualTo("f.yaml:2:3: msg");
    }
}
