package ai.refinery.core.ops;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class RequireFieldsContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new RequireFields.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("fields", List.of("name", "age"), "allow_empty_strings", false);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of(), "missing required setting 'fields'"),
                invalid(Map.of("fields", List.of()), "'fields' must list at least one field"),
                invalid(Map.of("fields", List.of("a"), "allow_empty_strings", "maybe"), "expected true/false but found 'maybe'"));
    }

    @Override
    protected List<Record> samples() {
        return SampleRecords.people();
    }
}
