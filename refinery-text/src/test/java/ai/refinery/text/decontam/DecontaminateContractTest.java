package ai.refinery.text.decontam;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class DecontaminateContractTest extends OperatorContractTest {
    static final String EVAL = EvalFiles.questionsJsonl().toString();

    @Override
    protected OperatorProvider<?> provider() {
        return new Decontaminate.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("eval_sets", List.of(EVAL), "eval_field", "question");
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("eval_sets", List.of(EVAL + ".missing")), "does not exist"),
                invalid(Map.of("eval_sets", List.of()), "'eval_sets' must name at least one eval set"),
                invalid(Map.of("eval_sets", List.of(EVAL), "eval_field", "question", "n", 0), "'n' must be between 1 and 1000"),
                invalid(Map.of("eval_sets", List.of(EVAL), "eval_field", "question", "min_eval_words", 5), "'min_eval_words' must be at least n (13)"),
                invalid(Map.of("eval_sets", List.of(EVAL)), "is empty: no document of at least 13 words"));
    }

    @Override
    protected List<Record> samples() {
        return samplesFor();
    }

    static List<Record> samplesFor() {
        return List.of(
                Record.builder("clean").set("text", "Mitochondria are often called the powerhouse of the cell in school books.").build(),
                Record.builder("dirty").set("text", "Quiz time! " + EvalFiles.Q2.toUpperCase() + " Answer below.").build(),
                Record.builder("empty").set("text", "").build());
    }
}
