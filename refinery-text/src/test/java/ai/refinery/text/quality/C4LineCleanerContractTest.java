package ai.refinery.text.quality;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class C4LineCleanerContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new C4LineCleaner.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("min_words_per_line", 3, "policy_phrases", List.of("cookie policy"));
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("min_words_per_line", -1), "'min_words_per_line' must be ≥ 0"),
                invalid(Map.of("policy_phrases", List.of(" ")), "'policy_phrases' holds an empty phrase"),
                invalid(Map.of("field", " "), "'field' contains an empty field name"));
    }

    @Override
    protected List<Record> samples() {
        return Samples.records();
    }
}
