package ai.refinery.text.quality;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class FlaggedWordsRatioFilterContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new FlaggedWordsRatioFilter.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("max_ratio", 0.01, "words", List.of("buy", "nude"));
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("max_ratio", Double.NaN), "'max_ratio' must be a fraction between 0 and 1"));
    }

    @Override
    protected List<Record> samples() {
        return Samples.records();
    }
}
