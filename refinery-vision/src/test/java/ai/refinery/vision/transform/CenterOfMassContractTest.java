package ai.refinery.vision.transform;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class CenterOfMassContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new CenterOfMass.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of();
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(invalid(Map.of("fill", -1), "fill must be between 0 and 255"));
    }

    @Override
    protected List<Record> samples() {
        return TestImages.samples();
    }
}
