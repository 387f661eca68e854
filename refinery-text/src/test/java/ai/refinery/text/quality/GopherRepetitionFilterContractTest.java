package ai.refinery.text.quality;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class GopherRepetitionFilterContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new GopherRepetitionFilter.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("dup_line_frac", 0.25, "top_n_grams", Map.of("2", 0.2));
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("dup_line_frac", -0.1), "'dup_line_frac' must be a fraction between 0 and 1"),
                invalid(Map.of("top_n_grams", Map.of("0", 0.2)), "'top_n_grams size' must be between 1 and 50"));
    }

    @Override
    protected List<Record> samples() {
        return Samples.records();
    }
}
