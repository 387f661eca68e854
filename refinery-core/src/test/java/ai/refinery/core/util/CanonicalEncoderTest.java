package ai.refinery.core.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalEncoderTest {

    private static Hash128 hashOf(Object... values) {
        CanonicalEncoder e = new CanonicalEncoder();
        for (Object v : values) e.value(v);
        return e.hash(0);
    }

    @Test
    void lengthPrefixesSeparateAdjacentTexts() {
        assertThat(hashOf("ab", "c")).isNotEqualTo(hashOf("a", "bc"));
        assertThat(hashOf("", "x")).isNotEqualTo(hashOf("x", ""));
        assertThat(hashOf(List.of("a", "b"))).isNotEqualTo(hashOf(List.of("a"), List.of("b")));
        assertThat(hashOf(List.of("a", "b"))).isNotEqualTo(hashOf("a", "b"));
    }

    @Test
    void typeTagsSeparateEqualLookingValues() {
        assertThat(List.of(hashOf(1L), hashOf("1"), hashOf(1.0), hashOf(true), hashOf((Object) null),
                hashOf(new byte[] {1}), hashOf(List.of(1L)), hashOf(new float[] {1f}))).doesNotHaveDuplicates();
    }

    @Test
    void absentDiffersFromNull() {
        assertThat(new CanonicalEncoder().absent().hash(0)).isNotEqualTo(new CanonicalEncoder().value(null).hash(0));
    }

    @Test
    void mapsAreEncodedInKeyOrder() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1L);
        ab.put("b", "x");
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", "x");
        ba.put("a", 1L);
        assertThat(hashOf(ab)).isEqualTo(hashOf(ba));
        assertThat(hashOf(ab)).isNotEqualTo(hashOf(Map.of("a", 1L, "b", "y")));
    }

    @Test
    void equalNumbersEncodeAlike() {
        assertThat(hashOf(0.0)).isEqualTo(hashOf(-0.0));
        assertThat(hashOf(Double.NaN)).isEqualTo(hashOf(Double.longBitsToDouble(0x7ff8000000000001L)));
        assertThat(hashOf(new byte[] {1, 2})).isEqualTo(hashOf(new byte[] {1, 2}));
    }

    @Test
    void loneSurrogatesAreNotMerged() {
        assertThat(hashOf("\uD800")).isNotEqualTo(hashOf("\uD801"));
        assertThat(hashOf("\uD800")).isNotEqualTo(hashOf("?"));
        assertThat(hashOf("\uD83D\uDE00")).isEqualTo(hashOf("😀"));
    }

    @Test
    void normalizesTextValuesButNotNames() {
        CanonicalEncoder upper = new CanonicalEncoder(TextNormalizer::foldCase).name("Name").value("ADA");
        CanonicalEncoder lower = new CanonicalEncoder(TextNormalizer::foldCase).name("Name").value("ada");
        CanonicalEncoder otherName = new CanonicalEncoder(TextNormalizer::foldCase).name("name").value("ada");
        assertThat(upper.hash(0)).isEqualTo(lower.hash(0));
        assertThat(lower.hash(0)).isNotEqualTo(otherName.hash(0));
        assertThat(upper.toByteArray()).isEqualTo(lower.toByteArray());
    }

    @Test
    void refusesValuesThatAreNotRecordValues() {
        assertThatThrownBy(() -> new CanonicalEncoder().value(new Object()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot hash");
    }

    @Test
    void textNormalizer() {
        assertThat(TextNormalizer.collapseWhitespace("  a \t\n b\u00a0c  ")).isEqualTo("a b c");
        assertThat(TextNormalizer.collapseWhitespace("   ")).isEmpty();
        assertThat(TextNormalizer.foldCase("Straße")).isEqualTo(TextNormalizer.foldCase("STRASSE"));
    }
}
