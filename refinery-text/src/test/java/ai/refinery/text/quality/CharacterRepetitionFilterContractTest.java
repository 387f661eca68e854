package ai.refinery.text.quality;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class CharacterRepetitionFilterContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new CharacterRepetitionFilter.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("rep_len", 5, "max_chars", 100000);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("rep_len", 10, "max_chars", 5), "'max_chars' must be between rep_len (10)"));
    }

    @Override
    protected List<Record> samples() {
        return Samples.records();
    }
}
