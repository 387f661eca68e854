package ai.refinery.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.refinery.core.record.FieldType;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigBinderTest {

    enum Mode { FAST, CAREFUL_MODE }

    record Inner(@Setting("Inner name.") String name,
                 @Setting(value = "Inner count.", defaultValue = "2") int count) {}

    record All(@Setting("A text.") String text,
               @Setting("An int.") int count,
               @Setting("A long.") long big,
               @Setting("A double.") double ratio,
               @Setting("A flag.") boolean flag,
               @Setting("A mode.") Mode mode,
               @Setting("A type.") FieldType type,
               @Setting("Names.") List<String> names,
               @Setting("Types.") Map<String, FieldType> types,
               @Setting("Nested.") Inner inner,
               @Setting("Raw.") ConfigNode raw,
               @Setting("Camel case.") long maxLineBytes) {}

    record Defaults(@Setting(value = "n", defaultValue = "10") int n,
                    @Setting(value = "l", defaultValue = "[a, b]") List<String> l,
                    @Setting(value = "s", defaultValue = "_meta") String s,
                    @Setting(value = "m", defaultValue = "careful_mode") Mode m,
                    @Setting(value = "d", defaultValue = "0.5") double d,
                    @Setting(value = "b", defaultValue = "true") boolean b,
                    @Setting(value = "i", defaultValue = "{x: 1}") Inner2 i) {}

    record Inner2(@Setting("x") long x) {}

    record Optionals(@Setting(value = "s", optional = true) String s,
                     @Setting(value = "l", optional = true) List<String> l,
                     @Setting(value = "m", optional = true) Map<String, FieldType> m,
                     @Setting(value = "r", optional = true) Inner2 r,
                     Long undocumented,
                     List<String> undocumentedList) {}

    record NeedsPrimitive(int plain) {}

    record Validated(@Setting("low") int low, @Setting("high") int high) {
        Validated {
            if (low > high) throw new IllegalArgumentException("low must not exceed high, got " + low + " > " + high);
        }
    }

    record ThrowsConfig(@Setting("x") int x) {
        ThrowsConfig {
            throw new ConfigException(new Mark("own", 9, 9), "own failure");
        }
    }

    record Anything(@Setting("v") Object v) {}

    record Longs(@Setting("v") List<Long> v) {}

    private static ConfigNode yaml(String text) {
        return YamlConfigReader.read(new StringReader(text), "t.yaml");
    }

    private static <R extends java.lang.Record> R bind(String text, Class<R> type) {
        return ConfigBinder.bind(yaml(text), type, "thing");
    }

    private static final String ALL = """
            text: hello
            count: 3
            big: 10000000000
            ratio: 0.25
            flag: true
            mode: Careful_Mode
            type: float_vector
            names: [a, b]
            types: {x: long, y: string}
            inner:
              name: n
            raw: {any: [1, 2]}
            max_line_bytes: 64
            """;

    @Test
    void bindsEverySupportedType() {
        All a = bind(ALL, All.class);
        assertThat(a.text()).isEqualTo("hello");
        assertThat(a.count()).isEqualTo(3);
        assertThat(a.big()).isEqualTo(10_000_000_000L);
        assertThat(a.ratio()).isEqualTo(0.25);
        assertThat(a.flag()).isTrue();
        assertThat(a.mode()).isEqualTo(Mode.CAREFUL_MODE);
        assertThat(a.type()).isEqualTo(FieldType.FLOAT_VECTOR);
        assertThat(a.names()).containsExactly("a", "b");
        assertThat(a.types()).containsExactly(Map.entry("x", FieldType.LONG), Map.entry("y", FieldType.STRING));
        assertThat(a.inner()).isEqualTo(new Inner("n", 2));
        assertThat(a.raw().isMap()).isTrue();
        assertThat(a.raw().toPlain()).isEqualTo(Map.of("any", List.of(1L, 2L)));
        assertThat(a.raw().mark()).isEqualTo(new Mark("t.yaml", 12, 6));
        assertThat(a.maxLineBytes()).isEqualTo(64L);
        assertThatThrownBy(() -> a.names().add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.types().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void enumsAreMatchedIgnoringCase() {
        for (String s : List.of("fast", "FAST", "Fast", "fAsT")) {
            assertThat(bind(ALL.replace("mode: Careful_Mode", "mode: " + s), All.class).mode()).as(s).isEqualTo(Mode.FAST);
        }
        assertThat(bind(ALL.replace("mode: Careful_Mode", "mode: careful_mode"), All.class).mode()).isEqualTo(Mode.CAREFUL_MODE);
    }

    @Test
    void unknownEnumValueListsChoicesAndSuggests() {
        assertThatThrownBy(() -> bind(ALL.replace("mode: Careful_Mode", "mode: fsat"), All.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("t.yaml:6:7: thing.mode: expected fast|careful_mode but found 'fsat'")
                .hasMessageContaining("did you mean 'fast'");
        assertThatThrownBy(() -> bind(ALL.replace("mode: Careful_Mode", "mode: sloppy"), All.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("t.yaml:6:7: thing.mode: expected fast|careful_mode but found 'sloppy'")
                .hasMessageNotContaining("did you mean");
    }

    @Test
    void scalarsOfOtherKindsConvert() {
        All a = bind(ALL.replace("text: hello", "text: 42").replace("ratio: 0.25", "ratio: 3")
                .replace("count: 3", "count: 4.0").replace("big: 10000000000", "big: '1_000'")
                .replace("flag: true", "flag: 'no'").replace("names: [a, b]", "names: single"), All.class);
        assertThat(a.text()).isEqualTo("42");
        assertThat(a.ratio()).isEqualTo(3.0);
        assertThat(a.count()).isEqualTo(4);
        assertThat(a.big()).isEqualTo(1000L);
        assertThat(a.flag()).isFalse();
        assertThat(a.names()).containsExactly("single");
    }

    @Test
    void fieldTypeAliasesAndErrors() {
        assertThat(bind(ALL.replace("type: float_vector", "type: int"), All.class).type()).isEqualTo(FieldType.LONG);
        assertThatThrownBy(() -> bind(ALL.replace("type: float_vector", "type: vector"), All.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("t.yaml:7:7: thing.type: expected type name but found 'vector'")
                .hasMessageContaining("unknown type 'vector'");
        assertThatThrownBy(() -> bind(ALL.replace("types: {x: long, y: string}", "types: {x: long, y: strin}"), All.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("t.yaml:9:21: thing.types.y: expected type name but found 'strin'");
    }

    @Test
    void wrongTypesAreReportedAtTheValue() {
        assertThatThrownBy(() -> bind(ALL.replace("count: 3", "count: abc"), All.class))
                .isInstanceOf(ConfigException.class)
                .hasMessage("t.yaml:2:8: thing.count: expected integer but found 'abc'");
        assertThatThrownBy(() -> bind(ALL.replace("count: 3", "count: 2.5"), All.class))
                .hasMessage("t.yaml:2:8: thing.count: expected integer but found '2.5'");
        assertThatThrownBy(() -> bind(ALL.replace("count: 3", "count: 3000000000"), All.class))
                .hasMessageStartingWith("t.yaml:2:8: thing.count: expected integer but found '3000000000'")
                .hasMessageContaining("overflow");
        assertThatThrownBy(() -> bind(ALL.replace("ratio: 0.25", "ratio: half"), All.class))
                .hasMessage("t.yaml:4:8: thing.ratio: expected number but found 'half'");
        assertThatThrownBy(() -> bind(ALL.replace("flag: true", "flag: maybe"), All.class))
                .hasMessage("t.yaml:5:7: thing.flag: expected true/false but found 'maybe'");
        assertThatThrownBy(() -> bind(ALL.replace("text: hello", "text: [a]"), All.class))
                .hasMessage("t.yaml:1:7: thing.text: expected text but found a list");
        assertThatThrownBy(() -> bind(ALL.replace("types: {x: long, y: string}", "types: [long]"), All.class))
                .hasMessage("t.yaml:9:8: thing.types: expected a mapping but found a list");
        assertThatThrownBy(() -> bind(ALL.replace("names: [a, b]", "names: [a, {b: 1}]"), All.class))
                .hasMessage("t.yaml:8:12: thing.names[1]: expected text but found a mapping");
        assertThatThrownBy(() -> bind(ALL.replace("inner:\n  name: n", "inner: n"), All.class))
                .hasMessage("t.yaml:10:8: thing.inner: expected a mapping of settings but found 'n'");
        assertThatThrownBy(() -> bind(ALL.replace("inner:\n  name: n", "inner:\n  name: n\n  count: x"), All.class))
                .hasMessage("t.yaml:12:10: thing.inner.count: expected integer but found 'x'");
    }

    @Test
    void aLongSettingRejectsNumbersBeyond64Bits() {
        assertThatThrownBy(() -> bind(ALL.replace("big: 10000000000", "big: 1e30"), All.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("t.yaml:3:6: thing.big: expected integer but found '1.0E30'");
        assertThatThrownBy(() -> bind(ALL.replace("big: 10000000000", "big: -1e19"), All.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("t.yaml:3:6: thing.big: expected integer");
        assertThat(bind(ALL.replace("big: 10000000000", "big: 1e18"), All.class).big()).isEqualTo(1_000_000_000_000_000_000L);
        assertThat(bind(ALL.replace("big: 10000000000", "big: -9223372036854775808"), All.class).big()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void defaultsAreTakenFromTheSettingAnnotation() {
        Defaults d = bind("{}", Defaults.class);
        assertThat(d).isEqualTo(new Defaults(10, List.of("a", "b"), "_meta", Mode.CAREFUL_MODE, 0.5, true, new Inner2(1)));
        Defaults given = bind("n: 1\nl: [z]\ns: x\nm: fast\nd: 2\nb: false\ni: {x: 5}\n", Defaults.class);
        assertThat(given).isEqualTo(new Defaults(1, List.of("z"), "x", Mode.FAST, 2.0, false, new Inner2(5)));
    }

    @Test
    void anExplicitNullTakesTheDefault() {
        Defaults d = bind("n: null\ns:\n", Defaults.class);
        assertThat(d.n()).isEqualTo(10);
        assertThat(d.s()).isEqualTo("_meta");
    }

    @Test
    void aNullOrMissingNodeBindsAllDefaults() {
        assertThat(ConfigBinder.bind(null, Defaults.class, "thing").n()).isEqualTo(10);
        assertThat(ConfigBinder.bind(yaml("x: null").get("x"), Defaults.class, "thing").s()).isEqualTo("_meta");
        assertThatThrownBy(() -> ConfigBinder.bind(null, Inner.class, "thing"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("thing: thing: missing required setting 'name' (Inner name.)");
    }

    @Test
    void optionalComponentsAreNullOrEmpty() {
        Optionals o = bind("{}", Optionals.class);
        assertThat(o.s()).isNull();
        assertThat(o.l()).isEmpty();
        assertThat(o.m()).isEmpty();
        assertThat(o.r()).isNull();
        assertThat(o.undocumented()).isNull();
        assertThat(o.undocumentedList()).isEmpty();
        Optionals given = bind("s: x\nl: [a]\nm: {k: bool}\nr: {x: 3}\nundocumented: 7\nundocumented_list: [q]", Optionals.class);
        assertThat(given).isEqualTo(new Optionals("x", List.of("a"), Map.of("k", FieldType.BOOLEAN), new Inner2(3), 7L, List.of("q")));
    }

    @Test
    void missingRequiredSettingNamesTheKeyAtTheMapping() {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> bind("a: 1\nthing:\n  count: 3\n", Wrapper.class));
        assertThat(e).hasMessage("t.yaml:3:3: thing.thing: missing required setting 'name' (Inner name.)");
        assertThat(e.mark()).isEqualTo(new Mark("t.yaml", 3, 3));
        assertThatThrownBy(() -> bind("{}", NeedsPrimitive.class))
                .isInstanceOf(ConfigException.class)
                .hasMessage("t.yaml:1:1: thing: missing required setting 'plain'");
        assertThatThrownBy(() -> bind(ALL.replace("count: 3\n", ""), All.class))
                .hasMessage("t.yaml:1:1: thing: missing required setting 'count' (An int.)");
    }

    record Wrapper(@Setting("a") int a, @Setting("thing") Inner thing) {}

    @Test
    void unknownKeyIsReportedAtTheKeyWithASuggestion() {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> bind(ALL.replace("ratio: 0.25", "ratio: 0.25\nrtaio: 1"), All.class));
        assertThat(e.getMessage()).isEqualTo("t.yaml:5:1: unknown setting 'rtaio' for thing (did you mean 'ratio'?); known settings: "
                + "text, count, big, ratio, flag, mode, type, names, types, inner, raw, max_line_bytes");
        assertThat(e.mark()).isEqualTo(new Mark("t.yaml", 5, 1));
        assertThatThrownBy(() -> bind(ALL + "completely_different: 1\n", All.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown setting 'completely_different' for thing; known settings:")
                .hasMessageNotContaining("did you mean");
        assertThatThrownBy(() -> bind(ALL.replace("max_line_bytes", "maxLineBytes"), All.class))
                .hasMessageContaining("unknown setting 'maxLineBytes'")
                .hasMessageContaining("did you mean 'max_line_bytes'");
    }

    @Test
    void reservedKeysAreIgnored() {
        Inner i = ConfigBinder.bind(yaml("op: x\nid: y\nname: n"), Inner.class, "step", Set.of("op", "id"));
        assertThat(i).isEqualTo(new Inner("n", 2));
        assertThatThrownBy(() -> ConfigBinder.bind(yaml("op: x\nid: y\nname: n"), Inner.class, "step", Set.of("op")))
                .hasMessageContaining("unknown setting 'id'");
    }

    @Test
    void aNonMappingIsRefused() {
        assertThatThrownBy(() -> bind("[1, 2]", Inner.class))
                .isInstanceOf(ConfigException.class)
                .hasMessage("t.yaml:1:1: thing: expected a mapping of settings but found a list");
    }

    @Test
    void compactConstructorFailureIsReportedAtTheMapping() {
        assertThat(bind("low: 1\nhigh: 2", Validated.class)).isEqualTo(new Validated(1, 2));
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> bind("x: 1\nv:\n  low: 5\n  high: 2\n", ValidatedWrapper.class));
        assertThat(e).hasMessage("t.yaml:3:3: thing.v: low must not exceed high, got 5 > 2");
        assertThat(e.mark()).isEqualTo(new Mark("t.yaml", 3, 3));
        assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
    }

    record ValidatedWrapper(@Setting("x") int x, @Setting("v") Validated v) {}

    @Test
    void configExceptionFromTheConstructorPassesThrough() {
        assertThatThrownBy(() -> bind("x: 1", ThrowsConfig.class))
                .isInstanceOf(ConfigException.class)
                .hasMessage("own:9:9: own failure");
    }

    @Test
    void objectComponentsGetPlainValues() {
        assertThat(bind("v: {a: [1, x, true, null]}", Anything.class).v())
                .isEqualTo(Map.of("a", java.util.Arrays.asList(1L, "x", true, null)));
    }

    @Test
    void listsOfNumbersConvertEachItem() {
        assertThat(bind("v: [1, 2.0, '3']", Longs.class).v()).containsExactly(1L, 2L, 3L);
        assertThatThrownBy(() -> bind("v: [1, x]", Longs.class))
                .hasMessage("t.yaml:1:8: thing.v[1]: expected integer but found 'x'");
    }

    @Test
    void keyOfConvertsCamelCaseToSnakeCase() {
        assertThat(ConfigBinder.keyOf("maxLineBytes")).isEqualTo("max_line_bytes");
        assertThat(ConfigBinder.keyOf("id")).isEqualTo("id");
        assertThat(ConfigBinder.keyOf("idField")).isEqualTo("id_field");
    }

    @Test
    void describeListsSettingsWithTypesDefaultsAndRequiredness() {
        List<SettingInfo> all = ConfigBinder.describe(All.class);
        assertThat(all).extracting(SettingInfo::key).containsExactly(
                "text", "count", "big", "ratio", "flag", "mode", "type", "names", "types", "inner", "raw", "max_line_bytes");
        assertThat(all).extracting(SettingInfo::type).containsExactly(
                "text", "integer", "integer", "number", "true/false", "fast|careful_mode", "type name",
                "list of text", "mapping of type name", "Inner", "any", "integer");
        assertThat(all).allMatch(SettingInfo::required);
        assertThat(all.get(0).description()).isEqualTo("A text.");

        List<SettingInfo> d = ConfigBinder.describe(Defaults.class);
        assertThat(d).noneMatch(SettingInfo::required);
        assertThat(d).extracting(SettingInfo::defaultValue).containsExactly("10", "[a, b]", "_meta", "careful_mode", "0.5", "true", "{x: 1}");
        assertThat(d.get(0).toString()).isEqualTo("n (integer, default 10): n");

        List<SettingInfo> o = ConfigBinder.describe(Optionals.class);
        assertThat(o).extracting(SettingInfo::required).containsOnly(false);
        assertThat(o).extracting(SettingInfo::defaultValue).containsOnlyNulls();
        assertThat(o.get(0).toString()).isEqualTo("s (text, optional): s");
        assertThat(o.get(4).toString()).isEqualTo("undocumented (integer, optional): ");

        SettingInfo plain = ConfigBinder.describe(NeedsPrimitive.class).get(0);
        assertThat(plain.required()).isTrue();
        assertThat(plain.toString()).isEqualTo("plain (integer, required): ");
    }
}
