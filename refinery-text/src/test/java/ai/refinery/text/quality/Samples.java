package ai.refinery.text.quality;

import ai.refinery.core.record.Record;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Texts the quality operators meet: a news page, a spam mail, prose, repetition, short and empty texts. */
final class Samples {
    private Samples() {}

    static String resource(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("test resource " + name + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Record> records() {
        return List.of(
                Record.builder("page").set("text", resource("web-page.txt")).set("lang", "en").build(),
                Record.builder("spam").set("text", resource("spam-mail.txt")).set("lang", "en").build(),
                Record.builder("prose").set("text", "The " + Rules.plainWords(70) + " with the end of it.").build(),
                Record.builder("repeat").set("text", "Buy now, best price!\n".repeat(30)).build(),
                Record.builder("short").set("text", "Hi.").build(),
                Record.builder("empty").set("text", "").build());
    }
}
