package ai.refinery.quality.ops;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class DropUnparseableDatesContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new DropUnparseableDates.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("fields", List.of("when"), "formats", List.of("iso", "dd/MM/uuuu"));
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("fields", List.of()), "'fields' must list at least one field"),
                invalid(Map.of("fields", List.of("when"), "formats", List.of(" ")), "'formats' contains an empty format"));
    }

    @Override
    protected List<Record> samples() {
        return TableRows.rows();
    }
}
