package ai.refinery.vision.transform;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class PadContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new Pad.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("width", 10, "height", 9, "fill", 7);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(invalid(Map.of("width", 10, "height", 10, "fill", 256), "fill must be between 0 and 255"));
    }

    @Override
    protected List<Record> samples() {
        return TestImages.samples();
    }
}
