package ai.refinery.core.ops;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class CastContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new Cast.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("fields", Map.of("age", "long", "score", "string", "active", "boolean", "tags", "string"));
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of(), "missing required setting 'fields'"),
                invalid(Map.of("fields", Map.of()), "'fields' must map at least one field to a type"),
                invalid(Map.of("fields", Map.of("age", "list")), "cast converts to string, long, double or boolean"),
                invalid(Map.of("fields", Map.of("age", "integr")), "unknown type 'integr'"),
                invalid(Map.of("fields", Map.of("age", "long"), "on_error", "ignore"), "one of [quarantine, set_null]"));
    }

    @Override
    protected List<Record> samples() {
        return SampleRecords.people();
    }
}
