package ai.refinery.quality.ops;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class DropUnparseableNumbersContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new DropUnparseableNumbers.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("fields", List.of("price"), "type", "long");
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("fields", List.of("price"), "locale", "klingon"), "'locale' must be a language tag"));
    }

    @Override
    protected List<Record> samples() {
        return TableRows.rows();
    }
}
