package ai.refinery.text.quality;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class WordRepetitionFilterContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new WordRepetitionFilter.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("rep_len", 3);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("rep_len", 0), "'rep_len' must be between 1 and 1000"));
    }

    @Override
    protected List<Record> samples() {
        return Samples.records();
    }
}
