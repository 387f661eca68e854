package ai.refinery.quality.ops;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class ImputeContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new Impute.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("fields", List.of("age", "name", "score"), "strategy", "median",
                "values", Map.of("age", 38.5, "name", "unknown", "score", 0.5));
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("fields", List.of("age"), "strategy", "constant"), "strategy constant needs a value for every field"),
                invalid(Map.of("fields", List.of("age"), "fill_value", 0), "'fill_value' is used only with strategy: constant"),
                invalid(Map.of("fields", List.of("age"), "values", Map.of("agee", 1)), "'values' names field 'agee' which is not in 'fields'"),
                invalid(Map.of("fields", List.of("age"), "values", Map.of("age", List.of(1))), "'values.age' must be a text, number or boolean"),
                invalid(Map.of("fields", List.of("age"), "max_distinct", 10), "'max_distinct' must be at least 1000"),
                invalid(Map.of("fields", List.of("age"), "strategy", "average"), "one of [mean, median, mode, constant]"));
    }

    @Override
    protected List<Record> samples() {
        return TableRows.rows();
    }
}
