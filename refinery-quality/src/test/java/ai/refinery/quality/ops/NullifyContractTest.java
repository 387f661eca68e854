package ai.refinery.quality.ops;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class NullifyContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new Nullify.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("values", List.of("?", "N/A", "", -1), "mark", true);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("values", List.of()), "'values' must list at least one value"),
                invalid(Map.of("values", List.of(true)), "'values' may hold texts and numbers, not true (boolean)"),
                invalid(Map.of("fields", List.of(" ")), "'fields' contains an empty field name"));
    }

    @Override
    protected List<Record> samples() {
        return TableRows.rows();
    }
}
