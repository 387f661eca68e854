package ai.refinery.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.ConfigMaps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CastTest {

    private static Cast cast(String type) {
        return cast(Map.of("fields", Map.of("v", type)));
    }

    private static Cast cast(Map<String, Object> settings) {
        return (Cast) ConfigMaps.create(new Cast.Provider(), settings, OperatorContext.forTest(1));
    }

    private static Object castValue(Object value, String type) {
        return cast(type).map(Record.builder("r").set("v", value).build()).get("v");
    }

    @ParameterizedTest(name = "''{0}'' as {1} -> {2}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
            "42 => long => 42",
            " -7  => long => -7",
            "+7 => long => 7",
            "4.0 => long => 4",
            "1e3 => long => 1000",
            "9223372036854775807 => long => 9223372036854775807",
            "2.5 => double => 2.5",
            " -1e-3 => double => -0.001",
            ".5 => double => 0.5",
            "7 => double => 7.0",
            "NaN => double => NaN",
            "-inf => double => -Infinity",
            "true => boolean => true",
            "YES => boolean => true",
            "0 => boolean => false",
            "f => boolean => false",
    })
    void convertsText(String text, String type, String expected) {
        assertThat(String.valueOf(castValue(text, type))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}'' as {1}: {2}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
            "abc => long => not a number",
            "4.5 => long => has a fraction",
            "1e30 => long => out of the range of long",
            "9223372036854775808 => long => out of the range of long",
            "0x10 => double => not a number",
            "1d => double => not a number",
            "'' => double => not a number",
            "maybe => boolean => not a boolean",
    })
    void refusesTextThatDoesNotConvert(String text, String type, String why) {
        String value = text.equals("''") ? "" : text;
        assertThatThrownBy(() -> castValue(value, type))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot cast field 'v' value '" + value + "' (string) to " + type + ": " + why);
    }

    @Test
    void convertsBetweenNumbersOnlyExactly() {
        assertThat(castValue(3.0, "long")).isEqualTo(3L);
        assertThat(castValue(-0.0, "long")).isEqualTo(0L);
        assertThat(castValue(5L, "double")).isEqualTo(5.0);
        assertThatThrownBy(() -> castValue(3.5, "long")).hasMessageContaining("value '3.5' (double) to long: has a fraction");
        assertThatThrownBy(() -> castValue(Double.NaN, "long")).hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> castValue(1e19, "long")).hasMessageContaining("out of the range of long");
        assertThatThrownBy(() -> castValue(true, "long")).hasMessageContaining("a boolean does not convert to a number");
        assertThatThrownBy(() -> castValue(1L, "boolean")).hasMessageContaining("only text does");
        assertThatThrownBy(() -> castValue(List.of(1L), "double")).hasMessageContaining("a list does not convert");
    }

    @Test
    void convertsAnythingToText() {
        assertThat(castValue(42L, "string")).isEqualTo("42");
        assertThat(castValue(2.5, "string")).isEqualTo("2.5");
        assertThat(castValue(false, "string")).isEqualTo("false");
        assertThat(castValue(new byte[] {1, 2, 3}, "string")).isEqualTo("AQID");
        assertThat(castValue(List.of(1L, "a", Map.of("k", true)), "string")).isEqualTo("[1,\"a\",{\"k\":true}]");
        assertThat(castValue(new float[] {1.5f}, "string")).isEqualTo("[1.5]");
    }

    @Test
    void leavesNullAbsentAndAlreadyTypedFieldsAlone() {
        Cast op = cast(Map.of("fields", Map.of("v", "long", "w", "long")));
        Record r = Record.builder("r").set("v", null).set("x", "1").build();
        assertThat(op.map(r)).isSameAs(r);
        Record typed = Record.builder("r").set("v", 1L).build();
        assertThat(op.map(typed)).isSameAs(typed);
    }

    @Test
    void keepsFieldOrderIdAndMeta() {
        Cast op = cast(Map.of("fields", Map.of("b", "long")));
        Record r = Record.builder("r").set("a", "x").set("b", "2").set("c", "y").meta("m", 1L).build();
        Record out = op.map(r);
        assertThat(out.fieldNames()).containsExactly("a", "b", "c");
        assertThat(out.get("b")).isEqualTo(2L);
        assertThat(out.meta("m")).isEqualTo(1L);
        assertThat(out.id()).isEqualTo("r");
    }

    @Test
    void setNullReplacesValuesThatDoNotConvert() {
        Cast op = cast(Map.of("fields", Map.of("v", "long", "w", "double"), "on_error", "set_null"));
        Record out = op.map(Record.builder("r").set("v", "abc").set("w", "2.5").build());
        assertThat(out.has("v")).isTrue();
        assertThat(out.get("v")).isNull();
        assertThat(out.get("w")).isEqualTo(2.5);
    }

    @Test
    void longValuesAreShortenedInMessages() {
        String text = "x".repeat(500);
        assertThatThrownBy(() -> castValue(text, "long")).hasMessageContaining("x".repeat(60) + "...'")
                .hasMessageNotContaining("x".repeat(61));
    }

    @Test
    void configRefusesUnsupportedTypesAndUnquotedNullHandling() {
        assertThatThrownBy(() -> cast("bytes")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("asks to cast 'v' to bytes; cast converts to string, long, double or boolean");
        assertThatThrownBy(() -> cast(Map.of("fields", Map.of("v", "long"), "on_error", "null")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("one of [quarantine, set_null]");
    }
}
