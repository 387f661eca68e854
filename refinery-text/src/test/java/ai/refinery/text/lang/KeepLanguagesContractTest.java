package ai.refinery.text.lang;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class KeepLanguagesContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new KeepLanguages.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("languages", List.of("en", "de"));
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("languages", List.of()), "'languages' must list at least one ISO 639-1 code"),
                invalid(Map.of("languages", List.of("eng")), "'languages' lists 'eng'"),
                invalid(Map.of("languages", List.of("en"), "min_score", 1.5), "'min_score' must be between 0 and 1"));
    }

    @Override
    protected List<Record> samples() {
        return List.of(
                doc("a", "en", 0.97),
                doc("b", "de", 0.4),
                doc("c", "fr", 0.99),
                doc("d", "und", 0.0));
    }

    static Record doc(String id, String language, double score) {
        return Record.builder(id).set("text", "text of " + id).meta("language", language).meta("language_score", score).build();
    }
}
