package ai.refinery.text.tokens;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class CountTokensContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new CountTokens.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("encoding", "cl100k_base");
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("encoding", "gpt2"), "one of [cl100k_base, o200k_base, p50k_base, r50k_base]"),
                invalid(Map.of("field", ""), "'field' contains an empty field name"));
    }

    @Override
    protected List<Record> samples() {
        return List.of(
                Record.builder("a").set("text", "tiktoken is great!").build(),
                Record.builder("b").set("text", "<|endoftext|> is text here").build(),
                Record.builder("c").set("text", "").build());
    }
}
