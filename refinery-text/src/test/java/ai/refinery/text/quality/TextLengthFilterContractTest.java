package ai.refinery.text.quality;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class TextLengthFilterContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new TextLengthFilter.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("min_length", 5, "max_length", 5000);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("min_length", 10, "max_length", 5), "'min_length' (10.0) must not exceed 'max_length' (5.0)"));
    }

    @Override
    protected List<Record> samples() {
        return Samples.records();
    }
}
