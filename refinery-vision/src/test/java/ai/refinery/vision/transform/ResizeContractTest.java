package ai.refinery.vision.transform;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class ResizeContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new Resize.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("width", 3, "height", 4);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(invalid(Map.of("width", 0, "height", 4), "must be between 1 and"), invalid(Map.of("width", 3, "height", 1 << 20), "must be between 1 and"));
    }

    @Override
    protected List<Record> samples() {
        return TestImages.samples();
    }
}
