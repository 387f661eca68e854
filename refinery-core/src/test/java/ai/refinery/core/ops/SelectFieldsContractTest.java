package ai.refinery.core.ops;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class SelectFieldsContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new SelectFields.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("fields", List.of("lang", "name", "not_there"));
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of(), "missing required setting 'fields'"),
                invalid(Map.of("fields", List.of()), "'fields' must list at least one field"),
                invalid(Map.of("fields", List.of("a", "a")), "lists field 'a' twice"),
                invalid(Map.of("fields", List.of("a", " ")), "empty field name"));
    }

    @Override
    protected List<Record> samples() {
        return SampleRecords.people();
    }
}
