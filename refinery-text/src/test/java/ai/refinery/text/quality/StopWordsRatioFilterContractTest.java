package ai.refinery.text.quality;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class StopWordsRatioFilterContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new StopWordsRatioFilter.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("min_ratio", 0.2);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("words", List.of("the", "")), "'words' holds an empty entry"));
    }

    @Override
    protected List<Record> samples() {
        return Samples.records();
    }
}
