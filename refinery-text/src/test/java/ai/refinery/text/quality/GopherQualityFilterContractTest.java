package ai.refinery.text.quality;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class GopherQualityFilterContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new GopherQualityFilter.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("min_doc_words", 20, "stop_words", List.of("the", "of"));
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("min_doc_words", 10, "max_doc_words", 5), "'min_doc_words' (10.0) must not exceed 'max_doc_words' (5.0)"),
                invalid(Map.of("max_bullet_lines_ratio", 1.5), "'max_bullet_lines_ratio' must be a fraction between 0 and 1"),
                invalid(Map.of("stop_words", List.of()), "'stop_words' is empty but 'min_stop_words' is 2"));
    }

    @Override
    protected List<Record> samples() {
        return Samples.records();
    }
}
