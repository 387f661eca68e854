package ai.refinery.text.quality;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

/** The record_stats form (a scoring filter writing figures to meta) meets the operator contract too. */
class RecordStatsContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new GopherRepetitionFilter.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("record_stats", true);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(invalid(Map.of("record_stats", true, "dup_para_frac", 7), "'dup_para_frac' must be a fraction between 0 and 1"));
    }

    @Override
    protected List<Record> samples() {
        return Samples.records();
    }
}
