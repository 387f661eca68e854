package ai.refinery.core.ops;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class DropFieldsContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new DropFields.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("fields", List.of("score", "tags", "not_there"));
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of(), "missing required setting 'fields'"),
                invalid(Map.of("fields", List.of()), "'fields' must list at least one field"),
                invalid(Map.of("fields", Map.of("a", "b")), "expected text but found a mapping"));
    }

    @Override
    protected List<Record> samples() {
        return SampleRecords.people();
    }
}
