package ai.refinery.text.quality;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class FineWebQualityFilterContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new FineWebQualityFilter.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("short_line_length", 25);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("line_punct_thr", 1.2), "'line_punct_thr' must be a fraction between 0 and 1"),
                invalid(Map.of("new_line_ratio", -1.0), "'new_line_ratio' must be a number ≥ 0"));
    }

    @Override
    protected List<Record> samples() {
        return Samples.records();
    }
}
