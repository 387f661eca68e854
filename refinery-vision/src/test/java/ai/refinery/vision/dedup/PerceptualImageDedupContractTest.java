package ai.refinery.vision.dedup;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class PerceptualImageDedupContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new PerceptualImageDedup.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("hash", "dhash", "max_distance", 3);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(invalid(Map.of("max_distance", 40), "'max_distance' must be 0..31 bits"),
                invalid(Map.of("hash", "md5"), "phash"));
    }

    @Override
    protected List<Record> samples() {
        return ImageSamples.records();
    }
}
