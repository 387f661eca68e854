package ai.refinery.core.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.OperatorRegistry;
import org.junit.jupiter.api.Test;

class RegisteredOperatorsTest {
    @Test
    void allGeneralOperatorsAreRegistered() {
        assertThat(OperatorRegistry.load().all()).extracting(OperatorProvider::name)
                .contains("select_fields", "drop_fields", "rename_fields", "cast", "require_fields", "exact_dedup", "sample", "filter");
    }
}
