package ai.refinery.text.extract;

import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorContractTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

class MailToTextContractTest extends OperatorContractTest {
    @Override
    protected OperatorProvider<?> provider() {
        return new MailToText.Provider();
    }

    @Override
    protected Map<String, Object> validConfig() {
        return Map.of("field", "raw", "headers", List.of("subject", "from", "date", "reply_to"));
    }

    @Override
    protected List<InvalidConfig> invalidConfigs() {
        return List.of(
                invalid(Map.of("headers", List.of("subject", "Subject")), "headers lists 'Subject' twice"),
                invalid(Map.of("headers", List.of("bad header")), "headers holds 'bad header'"),
                invalid(Map.of("headers", List.of("text")), "would overwrite the text field 'text'"),
                invalid(Map.of("text_field", ""), "'text_field' must name a field"));
    }

    @Override
    protected List<Record> samples() {
        return List.of(
                mail("plain", "Subject: =?UTF-8?Q?caf=C3=A9?=\nFrom: a@example.com\nDate: Wed, 21 Aug 2002 20:31:57 -0400\n\nHello.\n"),
                mail("html", "Subject: x\nContent-Type: text/html; charset=utf-8\n\n<p>Hi <b>there</b></p>"),
                mail("multipart", MailSamples.ALTERNATIVE_WITH_ATTACHMENT),
                Record.builder("text-field").set("raw", "Subject: as text\n\nbody").build(),
                mail("no-headers", "just some words\nover lines\n"));
    }

    private static Record mail(String id, String raw) {
        return Record.builder(id).set("raw", raw.getBytes(StandardCharsets.UTF_8)).build();
    }
}
