package ai.refinery.vision.transform;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class NormalizeContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new Normalize.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("mean", List.of(0.5), "std", List.of(0.25));
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(invalid(Map.of("mean", List.of(0.5, 0.5), "std", List.of(1.0)), "must give 1 value"), invalid(Map.of("mean", List.of(0.5), "std", List.of(0.0)), "std values must be above 0"));
    }

    @Override
    protected List<Record> samples() {
        return TestImages.samples();
    }
}
