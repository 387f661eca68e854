package ai.refinery.vision.dedup;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import ai.refinery.vision.image.Image;
import java.util.List;
import java.util.Map;

class ExactImageDedupContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new ExactImageDedup.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("field", "image");
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(invalid(Map.of("field", " "), "'field' must name the image field"));
    }

    @Override
    protected List<Record> samples() {
        return ImageSamples.records();
    }
}
