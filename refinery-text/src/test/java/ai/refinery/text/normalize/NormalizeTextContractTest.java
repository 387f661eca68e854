package ai.refinery.text.normalize;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.util.List;
import java.util.Map;

class NormalizeTextContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new NormalizeText.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("urls", "replace", "emails", "strip", "max_blank_lines", 2);
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("max_blank_lines", -2), "max_blank_lines must be -1 (no limit) or more, got -2"),
                invalid(Map.of("urls", "replace", "url_placeholder", ""), "url_placeholder is empty; use urls: strip"),
                invalid(Map.of("email_placeholder", "x@y"), "email_placeholder must not contain '@'"),
                invalid(Map.of("urls", "hide"), "hide"),
                invalid(Map.of("field", ""), "'field' must name a text field"));
    }

    @Override
    protected List<Record> samples() {
        return List.of(
                text("clean", "Already clean text."),
                text("mojibake", "Caf\u00c3\u00a9 \u00e2\u20ac\u201c it\u00e2\u20ac\u2122s"),
                text("messy", "  \uff21\uff22\uff23  \u201cquoted\u201d\u2026\r\n\r\n\r\n\r\nnext\u0000 line\t\tend  "),
                text("links", "See https://example.com/a(b)c, or write to jane.doe@example.org."),
                text("empty", ""));
    }

    private static Record text(String id, String t) {
        return Record.builder(id).set("text", t).build();
    }
}
