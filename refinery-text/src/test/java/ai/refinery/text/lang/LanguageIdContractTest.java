package ai.refinery.text.lang;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class LanguageIdContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new LanguageId.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("languages", List.of("en", "de", "fr", "es"), "min_chars", 5);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("languages", List.of("english")), "'languages' lists 'english', which is not an ISO 639-1 code Lingua detects"),
                invalid(Map.of("languages", List.of("en")), "'languages' must list at least two languages"),
                invalid(Map.of("max_chars", 0), "'max_chars' must be at least 1"),
                invalid(Map.of("min_chars", -1), "'min_chars' must be at least 0"),
                invalid(Map.of("accuracy", "medium"), "one of [high, low]"),
                invalid(Map.of("field", " "), "'field' contains an empty field name"));
    }

    @Override
    protected List<Record> samples() {
        return List.of(
                Record.builder("en").set("text", "The committee will publish its findings after the summer recess.").build(),
                Record.builder("de").set("text", "Der Ausschuss veröffentlicht seine Ergebnisse nach der Sommerpause.").build(),
                Record.builder("fr").set("text", "Le comité publiera ses conclusions après les vacances d'été.").build(),
                Record.builder("digits").set("text", "12 345 678 -- 9").build(),
                Record.builder("empty").set("text", "").build());
    }
}
