package ai.refinery.text.quality;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class AlphanumericRatioFilterContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new AlphanumericRatioFilter.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("min_ratio", 0.5);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("min_ratio", 0.9, "max_ratio", 0.1), "'min_ratio' (0.9) must not exceed 'max_ratio' (0.1)"));
    }

    @Override
    protected List<Record> samples() {
        return Samples.records();
    }
}
