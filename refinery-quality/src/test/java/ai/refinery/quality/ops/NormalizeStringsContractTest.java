package ai.refinery.quality.ops;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class NormalizeStringsContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new NormalizeStrings.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("unicode", "nfkc", "strip_trailing", ".", "letter_case", "lower", "empty_to_null", true);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("fields", List.of("a", "a")), "lists field 'a' twice"),
                invalid(Map.of("letter_case", "title"), "one of [keep, lower, upper]"),
                invalid(Map.of("unicode", "nfx"), "one of [none, nfc, nfkc]"));
    }

    @Override
    protected List<Record> samples() {
        return TableRows.rows();
    }
}
