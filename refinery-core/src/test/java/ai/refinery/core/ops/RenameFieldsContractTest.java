package ai.refinery.core.ops;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class RenameFieldsContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new RenameFields.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("fields", Map.of("name", "full_name", "lang", "age", "age", "years"));
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of(), "missing required setting 'fields'"),
                invalid(Map.of("fields", Map.of()), "'fields' must map at least one old name"),
                invalid(Map.of("fields", Map.of("a", "c", "b", "c")), "to 'c'; each new name can be given only once"),
                invalid(Map.of("fields", List.of("a")), "expected a mapping"));
    }

    @Override
    protected List<Record> samples() {
        return SampleRecords.people();
    }
}
