package ai.refinery.text.quality;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class SpecialCharactersRatioFilterContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new SpecialCharactersRatioFilter.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("max_ratio", 0.3);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("max_ratio", 3.0), "'max_ratio' must be a fraction between 0 and 1"));
    }

    @Override
    protected List<Record> samples() {
        return Samples.records();
    }
}
