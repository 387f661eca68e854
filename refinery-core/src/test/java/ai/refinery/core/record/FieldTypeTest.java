package ai.refinery.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldTypeTest {

    @Test
    void ofNormalizedValues() {
        assertThat(FieldType.of(null)).isNull();
        assertThat(FieldType.of("s")).isEqualTo(FieldType.STRING);
        assertThat(FieldType.of(1L)).isEqualTo(FieldType.LONG);
        assertThat(FieldType.of(1.0)).isEqualTo(FieldType.DOUBLE);
        assertThat(FieldType.of(false)).isEqualTo(FieldType.BOOLEAN);
        assertThat(FieldType.of(new byte[0])).isEqualTo(FieldType.BYTES);
        assertThat(FieldType.of(new float[0])).isEqualTo(FieldType.FLOAT_VECTOR);
        assertThat(FieldType.of(List.of())).isEqualTo(FieldType.LIST);
        assertThat(FieldType.of(Map.of())).isEqualTo(FieldType.MAP);
    }

    @Test
    void ofRejectsValuesThatAreNotNormalized() {
        assertThatThrownBy(() -> FieldType.of(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a record value: java.lang.Integer");
        assertThatThrownBy(() -> FieldType.of(1f)).hasMessageContaining("java.lang.Float");
    }

    @Test
    void labelsAreLowerCaseAndParseBack() {
        assertThat(FieldType.FLOAT_VECTOR.label()).isEqualTo("float_vector");
        for (FieldType t : FieldType.values()) {
            assertThat(FieldType.parse(t.label())).isEqualTo(t);
            assertThat(FieldType.parse(t.name())).isEqualTo(t);
        }
    }

    @Test
    void parseAcceptsAliases() {
        assertThat(FieldType.parse("int")).isEqualTo(FieldType.LONG);
        assertThat(FieldType.parse("integer")).isEqualTo(FieldType.LONG);
        assertThat(FieldType.parse("float")).isEqualTo(FieldType.DOUBLE);
        assertThat(FieldType.parse("number")).isEqualTo(FieldType.DOUBLE);
        assertThat(FieldType.parse("bool")).isEqualTo(FieldType.BOOLEAN);
        assertThat(FieldType.parse("str")).isEqualTo(FieldType.STRING);
        assertThat(FieldType.parse("text")).isEqualTo(FieldType.STRING);
    }

    @Test
    void parseRejectsUnknownNamesListingTheValidOnes() {
        assertThatThrownBy(() -> FieldType.parse("strng"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown type 'strng'")
                .hasMessageContaining("string, long, double, boolean, bytes, float_vector, list, map");
    }

    @Test
    void everyNormalizedValueHasTheTypeOfItsClass() {
        Object[] raw = {"a", 1, (short) 1, 2.5f, 2.5, true, new byte[1], new float[1], List.of(1), Map.of("k", 1)};
        FieldType[] expected = {FieldType.STRING, FieldType.LONG, FieldType.LONG, FieldType.DOUBLE, FieldType.DOUBLE,
                FieldType.BOOLEAN, FieldType.BYTES, FieldType.FLOAT_VECTOR, FieldType.LIST, FieldType.MAP};
        for (int i = 0; i < raw.length; i++) {
            assertThat(FieldType.of(Values.normalize(raw[i]))).as("value %s", raw[i]).isEqualTo(expected[i]);
        }
    }
}
