package ai.refinery.text.dedup;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class ExactTextDedupContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new ExactTextDedup.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("field", "text", "normalize", "simplify");
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(invalid(Map.of("field", " "), "'field' must name the text field"),
                invalid(Map.of("normalize", "lowercase"), "whitespace"));
    }

    @Override
    protected List<Record> samples() {
        return List.of(
                Record.builder("1").set("text", "Café prices: 100 euros!").build(),
                Record.builder("2").set("text", "cafe PRICES 250 euros").build(),
                Record.builder("3").set("text", "   ").build(),
                Record.builder("4").set("text", "").build(),
                Record.builder("5").set("other", 2L).build());
    }
}
