package ai.refinery.quality.ops;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class ParseNumbersContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new ParseNumbers.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("fields", List.of("price", "score"), "parentheses", true);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("fields", List.of("price"), "locale", "de", "decimal_separator", "."), "decimal and grouping separator are both '.'"),
                invalid(Map.of("fields", List.of("price"), "grouping_separator", "5"), "'grouping_separator' must be one character"),
                invalid(Map.of("fields", List.of("price"), "type", "int32"), "one of [long, double]"),
                invalid(Map.of("fields", List.of("price"), "percent", "scale"), "one of [divide, strip, reject]"));
    }

    @Override
    protected List<Record> samples() {
        return TableRows.rows();
    }
}
