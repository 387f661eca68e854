package ai.refinery.text.extract;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

class HtmlToTextContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new HtmlToText.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("field", "html", "output_field", "text", "title_field", "title", "lang_field", "lang");
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("field", " "), "'field' must name a field"),
                invalid(Map.of("title_field", "text"), "title_field must differ from the text's field 'text'"),
                invalid(Map.of("drop_elements", List.of("div p")), "drop_elements holds 'div p'"),
                invalid(Map.of("title_field", "t", "lang_field", "t"), "lang_field must differ"));
    }

    @Override
    protected List<Record> samples() {
        return List.of(
                Record.builder("page").set("html", "<html><head><title>T</title><script>x()</script></head><body><nav>menu</nav>"
                        + "<p>One &amp; two</p><ul><li>a</li><li>b</li></ul></body></html>").build(),
                Record.builder("fragment").set("html", "plain <b>bold</b> text<br>next line").build(),
                Record.builder("bytes").set("html", "<meta charset=\"windows-1252\"><p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1)).build(),
                Record.builder("empty").set("html", "").build(),
                Record.builder("broken").set("html", "<div><p>unclosed <table><tr><td>cell").build());
    }
}
