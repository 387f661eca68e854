package ai.refinery.text.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.refinery.core.record.Record;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailToTextTest {
    private static final MailToText DEFAULTS = new MailToText(new MailToText.Config(null, "text", null, true));

    private static Record mail(byte[] raw) {
        return DEFAULTS.map(Record.builder("m").set("bytes", raw).build());
    }

    private static Record mail(String raw) {
        return mail(raw.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> meta(Record r) {
        return (Map<String, Object>) r.meta(MailToText.META_KEY);
    }

    @Test
    void readsHeadersAndAPlainBody() {
        Record r = mail("From sender@example.com  Thu Aug 22 13:17:22 2002\n"
                + "Return-Path: <x@example.com>\nFrom: \"Jane Doe\" <jane@example.com>\nTo: bob@example.com\n"
                + "Subject: Meeting\n  tomorrow\nDate: Thu, 22 Aug 2002 08:17:21 -0400 (EDT)\nMessage-ID: <1@example.com>\n\n"
                + "Hi Bob,\r\n\r\nsee you.\r\n");
        assertThat(r.getString("subject")).isEqualTo("Meeting tomorrow");
        assertThat(r.getString("from")).isEqualTo("\"Jane Doe\" <jane@example.com>");
        assertThat(r.getString("to")).isEqualTo("bob@example.com");
        assertThat(r.getString("date")).isEqualTo("2002-08-22T08:17:21-04:00");
        assertThat(r.getString("message_id")).isEqualTo("<1@example.com>");
        assertThat(r.getString("text")).isEqualTo("Hi Bob,\n\nsee you.\n");
        assertThat(r.has("bytes")).isFalse();
        assertThat(meta(r)).containsEntry("body", "text/plain").containsEntry("attachments", 0L);
    }

    @Test
    void decodesEncodedWordsAndRawUtf8Headers() {
        Record r = mail("Subject: =?UTF-8?B?w6l0w6kg4oCU?= =?ISO-8859-1?Q?caf=E9?=\nFrom: =?iso-8859-1?q?Andr=E9?= <a@b.org>\n"
                + "To: M\u00fcller <m@b.de>\n\nx");
        assertThat(r.getString("subject")).isEqualTo("\u00e9t\u00e9 \u2014caf\u00e9");
        assertThat(r.getString("from")).isEqualTo("Andr\u00e9 <a@b.org>");
        assertThat(r.getString("to")).isEqualTo("M\u00fcller <m@b.de>");
        assertThat(r.get("date")).isNull();
        assertThat(r.has("date")).isTrue();
    }

    @Test
    void prefersThePlainAlternativeAndSkipsAttachments() {
        Record r = mail(MailSamples.ALTERNATIVE_WITH_ATTACHMENT);
        assertThat(r.getString("text")).isEqualTo("Voil\u00e0 the plain version.");
        assertThat(r.getString("from")).isEqualTo("Andr\u00e9 <andre@example.org>");
        assertThat(r.getString("to")).isEqualTo("Bob <bob@example.com>, carol@example.com");
        assertThat(r.getString("date")).isEqualTo("2002-09-02T09:05:00+02:00");
        assertThat(meta(r)).containsEntry("body", "text/plain").containsEntry("attachments", 2L)
                .containsEntry("attachment_types", List.of("application/pdf", "image/gif"));
    }

    @Test
    void anHtmlOnlyMailIsExtractedLikeHtmlToText() {
        String html = "<html><head><style>p{}</style></head><body><p>Buy <b>now</b>!</p><script>x()</script><p>Only &pound;5&nbsp;today</p></body></html>";
        Record r = mail("Subject: Offer\nContent-Type: text/html; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
                + html.replace("=", "=3D"));
        assertThat(r.getString("text")).isEqualTo("Buy now!\n\nOnly \u00a35\u00a0today");
        assertThat(meta(r)).containsEntry("body", "text/html");
    }

    @Test
    void anEmptyPlainAlternativeGivesWayToHtml() {
        Record r = mail("Content-Type: multipart/alternative; boundary=B\n\n--B\nContent-Type: text/plain\n\n  \n--B\n"
                + "Content-Type: text/html\n\n<p>The real text</p>\n--B--\n");
        assertThat(r.getString("text")).isEqualTo("The real text");
    }

    @Test
    void decodesBase64BodiesInTheirCharset() {
        String body = Base64.getMimeEncoder().encodeToString("\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440!".getBytes(Charset.forName("KOI8-R")));
        Record r = mail("Content-Type: text/plain; charset=\"koi8-r\"\nContent-Transfer-Encoding: base64\n\n" + body + "\n");
        assertThat(r.getString("text")).isEqualTo("\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440!");
        assertThat(meta(r)).doesNotContainKey("charset_fallbacks");
    }

    @Test
    void wrongOrMissingCharsetsFallBackAndAreNoted() {
        byte[] latin = "Subject: x\nContent-Type: text/plain; charset=us-ascii\n\nna\u00efve caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Record r = mail(latin);
        assertThat(r.getString("text")).isEqualTo("na\u00efve caf\u00e9\n");
        byte[] utf8AsLatin = "Content-Type: text/plain; charset=iso-8859-1\n\ncaf\u00e9 \u2014 ok".getBytes(StandardCharsets.UTF_8);
        Record u = mail(utf8AsLatin);
        assertThat(u.getString("text")).isEqualTo("caf\u00e9 \u2014 ok");
        assertThat(meta(u)).containsEntry("charset_fallbacks", List.of("declared iso-8859-1, valid UTF-8"));
        Record none = mail("Subject: x\n\ncaf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(none.getString("text")).isEqualTo("caf\u00e9");
        assertThat(meta(none)).containsEntry("charset_fallbacks", List.of("no charset, not UTF-8"));
        Record bogus = mail("Content-Type: text/plain; charset=DEFAULT_CHARSET\n\ncaf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(bogus.getString("text")).isEqualTo("caf\u00e9");
    }

    @Test
    void inlineTextWithAFileNameAndSloppyContentTypesAreStillBody() {
        Record inline = mail("Content-Type: text/html; charset=us-ascii\nContent-Disposition: inline; filename=\"page.html\"\n\n<p>shown</p>");
        assertThat(inline.getString("text")).isEqualTo("shown");
        Record sloppy = mail("Content-Type: multipart/mixed; boundary=X\n\n--X\nContent-Type: text/plain charset=us-ascii\n\nthe body\n--X--\n");
        assertThat(sloppy.getString("text")).isEqualTo("the body");
    }

    @Test
    void brokenMimeGivesWhatCanBeDecoded() {
        // no closing boundary, a part with a bad base64 body, an unknown transfer encoding
        Record r = mail("Content-Type: multipart/mixed; boundary=Z\n\n--Z\nContent-Type: text/plain\n\nfirst part\n--Z\n"
                + "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!not base64###\n--Z\n"
                + "Content-Type: text/plain\nContent-Transfer-Encoding: x-weird\n\nthird part");
        assertThat(r.getString("text")).startsWith("first part").contains("third part");
        Record noBoundary = mail("Content-Type: multipart/mixed\n\njust text without parts");
        assertThat(noBoundary.getString("text")).isNotNull();
        Record headless = mail("no headers here, only\nsome text\n");
        assertThat(headless.getString("text")).isEqualTo("no headers here, only\nsome text\n");
        assertThat(headless.get("subject")).isNull();
    }

    @Test
    void nothingDecodableIsQuarantinedWithAReason() {
        assertThatThrownBy(() -> mail("")).isInstanceOf(IllegalArgumentException.class).hasMessage("field 'bytes' holds an empty message");
        assertThatThrownBy(() -> mail(" \r\n\n")).hasMessage("field 'bytes' holds an empty message");
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        assertThatThrownBy(() -> mail(junk)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a mail message: no header field, and ").hasMessageEndingWith("of its 4096 bytes are control bytes");
        assertThatThrownBy(() -> DEFAULTS.map(Record.builder("m").set("text", 5L).build()))
                .hasMessage("field 'text' holds long, not a raw message as bytes or text");
        assertThatThrownBy(() -> DEFAULTS.map(Record.builder("m").build()))
                .hasMessage("field 'text' is missing (expected a raw message as bytes or text)");
    }

    @Test
    void deeplyNestedMultipartsStopWithoutCrashing() {
        StringBuilder sb = new StringBuilder();
        int depth = 300;
        for (int i = 0; i < depth; i++) sb.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\n\n--b").append(i).append('\n');
        sb.append("Content-Type: text/plain\n\ninnermost\n");
        for (int i = depth - 1; i >= 0; i--) sb.append("--b").append(i).append("--\n");
        Record r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> mail(sb.toString()));
        assertThat(meta(r).get("truncated")).isEqualTo("multipart nesting deeper than 64");
    }

    @Test
    void headerSelectionAndSourceHandlingAreSettings() {
        MailToText op = new MailToText(new MailToText.Config("raw", "body", List.of("subject", "reply_to", "x_mailer"), false));
        Record r = op.map(Record.builder("m").set("raw", "Subject: s\nReply-To: r@example.com\nX-Mailer: Mutt\n\nb").build());
        assertThat(r.getString("subject")).isEqualTo("s");
        assertThat(r.getString("reply_to")).isEqualTo("r@example.com");
        assertThat(r.getString("x_mailer")).isEqualTo("Mutt");
        assertThat(r.getString("body")).isEqualTo("b");
        assertThat(r.getString("raw")).startsWith("Subject: s");
        assertThat(r.has("from")).isFalse();
    }

    @Test
    void aTextFieldIsReadWhenThereAreNoBytes() {
        Record r = DEFAULTS.map(Record.builder("m").set("text", "Subject: caf\u00e9\n\nbody \u00e9").build());
        assertThat(r.getString("subject")).isEqualTo("caf\u00e9");
        assertThat(r.getString("text")).isEqualTo("body \u00e9");
    }
}
