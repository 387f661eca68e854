package ai.refinery.text.quality;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class C4BadWordsFilterContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new C4BadWordsFilter.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("keep_fraction", 0.5);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("keep_fraction", 2.0), "'keep_fraction' must be a fraction between 0 and 1"),
                invalid(Map.of("words_file", "/no/such/file.txt"), "'words_file' /no/such/file.txt cannot be read"));
    }

    @Override
    protected List<Record> samples() {
        return Samples.records();
    }
}
