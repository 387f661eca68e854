package ai.refinery.quality.ops;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class ParseDatesContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new ParseDates.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("fields", List.of("when"), "formats", List.of("iso", "dd/MM/uuuu", "epoch_seconds"), "zone", "Europe/Berlin");
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of(), "missing required setting 'fields'"),
                invalid(Map.of("fields", List.of("when"), "formats", List.of("dd/MM/uuuu{")), "'formats' has the invalid pattern 'dd/MM/uuuu{'"),
                invalid(Map.of("fields", List.of("when"), "formats", List.of()), "'formats' must list at least one format"),
                invalid(Map.of("fields", List.of("when"), "zone", "Mars/Olympus"), "'zone' must be a time zone"),
                invalid(Map.of("fields", List.of("when"), "locale", "xx"), "'locale' must be a language tag"),
                invalid(Map.of("fields", List.of("when"), "output", "iso_dat{"), "'output' has the invalid pattern"),
                invalid(Map.of("fields", List.of("when"), "on_error", "drop"), "one of [quarantine, set_null, keep]"));
    }

    @Override
    protected List<Record> samples() {
        return TableRows.rows();
    }
}
