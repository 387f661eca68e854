package ai.refinery.core.ops;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class FilterContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new Filter.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("where", "lang in ['en', 'de'] && (age > 18 || exists(address)) && len(trim(name)) > 0",
                "reason", "not_adult_reader");
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of(), "missing required setting 'where'"),
                invalid(Map.of("where", "age > (3"), "expected ')' at column 9 of 'age > (3'"),
                invalid(Map.of("where", "lenght(name) > 3"), "unknown function 'lenght' (did you mean 'len'?)"),
                invalid(Map.of("where", "matches(name, '[a-')"), "invalid regular expression"),
                invalid(Map.of("where", "age > 3", "reason", "too young"), "'reason' must be a short word"),
                invalid(Map.of("where", " "), "'where' must be a condition"));
    }

    @Override
    protected List<Record> samples() {
        return SampleRecords.people();
    }
}
