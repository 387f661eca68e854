package ai.refinery.quality.ops;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class MapValuesContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new MapValues.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("fields", List.of("sex"), "mapping", Map.of("Male", List.of("M", "man"), "Female", List.of("F", "woman")),
                "case_insensitive", true, "unmapped", "quarantine");
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("fields", List.of("sex"), "mapping", Map.of()), "'mapping' must give at least one canonical value"),
                invalid(Map.of("fields", List.of("sex"), "mapping", Map.of("Male", List.of("m"), "Female", List.of("M")), "case_insensitive", true),
                        "to both"),
                invalid(Map.of("fields", List.of("sex"), "mapping", Map.of("Male", List.of(List.of("m")))), "synonyms are texts or numbers"));
    }

    @Override
    protected List<Record> samples() {
        return TableRows.rows();
    }
}
