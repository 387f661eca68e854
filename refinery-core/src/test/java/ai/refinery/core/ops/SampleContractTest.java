package ai.refinery.core.ops;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

class SampleContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new Sample.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("fraction", 0.5);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of(), "missing required setting 'fraction'"),
                invalid(Map.of("fraction", 0), "'fraction' must be above 0 and at most 1"),
                invalid(Map.of("fraction", 1.5), "'fraction' must be above 0 and at most 1"),
                invalid(Map.of("fraction", "half"), "expected number but found 'half'"),
                invalid(Map.of("fraction", 0.5, "seed", 1.5), "expected integer but found '1.5'"));
    }

    @Override
    protected List<Record> samples() {
        List<Record> s = new ArrayList<>(SampleRecords.people());
        for (int i = 0; i < 50; i++) s.add(Record.builder("n" + i).set("n", (long) i).build());
        return s;
    }
}
