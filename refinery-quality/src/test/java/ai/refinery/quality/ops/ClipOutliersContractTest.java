package ai.refinery.quality.ops;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class ClipOutliersContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new ClipOutliers.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return TableRows.givenBounds();
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("fields", List.of("age"), "bounds", Map.of("age", Map.of("min", 5, "max", 1))), "bounds min 5.0 is above max 1.0"),
                invalid(Map.of("fields", List.of("age"), "bounds", Map.of("age", Map.of())), "bounds need min, max or both"),
                invalid(Map.of("fields", List.of("age"), "bounds", Map.of("agee", Map.of("min", 0))), "'bounds' names field 'agee' which is not in 'fields'"),
                invalid(Map.of("fields", List.of("age"), "method", "quantile", "k", 2), "'k' is not used by method quantile"),
                invalid(Map.of("fields", List.of("age"), "method", "quantile", "quantiles", List.of(0.9, 0.1)), "'quantiles' must be [lower, upper]"),
                invalid(Map.of("fields", List.of("age"), "quantiles", List.of(0.1, 0.9)), "'quantiles' is used only by method quantile, not iqr"),
                invalid(Map.of("fields", List.of("age"), "k", -1), "'k' must be a positive number"));
    }

    @Override
    protected List<Record> samples() {
        return TableRows.rows();
    }
}
