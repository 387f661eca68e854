package ai.refinery.vision.transform;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class CropContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new Crop.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("width", 3, "height", 3);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(invalid(Map.of("width", 2, "height", 2, "x", 1), "give both x and y"), invalid(Map.of("width", 2, "height", 2, "x", -1, "y", 0), "must not be negative"));
    }

    @Override
    protected List<Record> samples() {
        return TestImages.samples();
    }
}
