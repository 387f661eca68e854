package ai.refinery.text.quality;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class C4QualityFilterContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new C4QualityFilter.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("min_sentences", 3);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("min_sentences", -2), "'min_sentences' must be ≥ 0"));
    }

    @Override
    protected List<Record> samples() {
        return Samples.records();
    }
}
