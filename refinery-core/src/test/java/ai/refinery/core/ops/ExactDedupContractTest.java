package ai.refinery.core.ops;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

class ExactDedupContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new ExactDedup.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("fields", List.of("name", "age"), "case_insensitive", true, "normalize_whitespace", true);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("fields", List.of("a", "a")), "lists field 'a' twice"),
                invalid(Map.of("case_insensitive", 3), "expected true/false but found '3'"),
                invalid(Map.of("feilds", List.of("a")), "did you mean 'fields'"));
    }

    @Override
    protected List<Record> samples() {
        List<Record> s = new ArrayList<>(SampleRecords.people());
        s.addAll(SampleRecords.people().stream().map(r -> r.toBuilder().id(r.id() + "-again").build()).toList());
        return s;
    }
}
