package ai.refinery.quality.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The YAML parses back, under expect: output:, to exactly the suggested settings. */
class SuggestionYamlTest {
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parseUnderExpectOutput(String items) {
        Object doc = new Load(LoadSettings.builder().build()).loadFromString("expect:\n  output:\n" + items);
        return (List<Map<String, Object>>) ((Map<String, Map<String, Object>>) doc).get("expect").get("output");
    }

    @Test
    void stringsThatYamlWouldMisreadAreQuoted() {
        List<Suggestion> suggestions = List.of(
                Suggestion.of("plain", "completeness", "column", "age", "min", 1.0),
                Suggestion.of("odd names", "unique", "column", "a b: c, {d} [e] #f"),
                Suggestion.of("reserved words", "values_in", "column", "yes",
                        "values", List.of("true", "null", "No", "1", "-1", "1e3", "", "0x1F", "line\nbreak", "quote\"and\\back", "é😀", ".inf", "*x", "&y", "!z", "%p", "@q", "`r", "|s", ">t", "'u'")),
                Suggestion.of("numbers", "between", "column", "n", "min", 0, "max", 1.5e-7),
                Suggestion.of("a reason\nwith a line break # and a hash", "class_balance", "column", "label", "max_ratio", 3.2));

        String yaml = ConstraintSuggester.toYaml(suggestions);
        List<Map<String, Object>> parsed = parseUnderExpectOutput(yaml);

        assertThat(parsed).hasSize(suggestions.size());
        for (int i = 0; i < suggestions.size(); i++) {
            assertThat(normalize(parsed.get(i))).as(yaml).isEqualTo(normalize(suggestions.get(i).check()));
        }
        assertThat(yaml).contains("    # a reason with a line break # and a hash\n").contains("    - {check: completeness, column: age, min: 1.0}\n");
    }

    @Test
    void theSuggestionsOfARealProfileParseBack() {
        var rows = new ArrayList<ai.refinery.core.record.Record>();
        for (int i = 0; i < 500; i++) {
            rows.add(ai.refinery.core.record.Record.builder("r" + i).set("id", "id " + i).set("kind", i % 3 == 0 ? "true" : "n/a")
                    .set("score", i % 7 * 0.5).set("label", i % 5 == 0 ? "pos" : "neg").build());
        }
        var profiler = new ai.refinery.quality.profile.DatasetProfiler(ai.refinery.quality.profile.ProfileOptions.defaults().withLabelColumn("label"));
        ai.refinery.core.tap.RecordTap.feed(profiler, rows);
        List<Suggestion> suggestions = new ConstraintSuggester().suggest(profiler.result());

        List<Map<String, Object>> parsed = parseUnderExpectOutput(ConstraintSuggester.toYaml(suggestions));

        assertThat(suggestions).hasSizeGreaterThan(8);
        for (int i = 0; i < suggestions.size(); i++) assertThat(normalize(parsed.get(i))).isEqualTo(normalize(suggestions.get(i).check()));
    }

    /** YAML reads whole numbers as Integer or Long: compare numbers by value. */
    private static Object normalize(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, normalize(x)));
            return out;
        }
        if (v instanceof List<?> l) return l.stream().map(SuggestionYamlTest::normalize).collect(java.util.stream.Collectors.toList());
        if (v instanceof Integer || v instanceof Long) return ((Number) v).longValue();
        return v;
    }
}
