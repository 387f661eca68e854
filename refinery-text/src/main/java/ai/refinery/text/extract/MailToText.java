package ai.refinery.text.extract;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Turns a raw RFC 822 / MIME message into text and header fields. The body is the decoded
 * text/plain parts, or, when there are none, the text of the HTML parts (as {@code html_to_text}
 * extracts it); attachments are skipped and listed in {@code meta.mail}. Headers are decoded
 * (encoded words, raw UTF-8) and the date is written as ISO-8601 when it can be read.
 *
 * <p>Broken MIME is read as far as it goes (lenient parsing, lenient charsets); input that does not
 * start with a header field is read as plain text ({@code meta.mail.body: headless}). A record is
 * quarantined only when nothing in it reads as mail or text: empty input, or binary data without
 * a header.
 */
public final class MailToText implements RecordMapper {
    private static final long serialVersionUID = 1L;
    /** Meta key of what the extraction found: body kind, attachments, charset fallbacks. */
    public static final String META_KEY = "mail";
    /** A message without a header field is still read when no more than this share of its bytes are control bytes. */
    private static final double MAX_BINARY_SHARE = 0.1;

    private final String field;
    private final String textField;
    private final List<String> headers;
    private final boolean dropSource;
    private final HtmlTextExtractor html = new HtmlTextExtractor(HtmlTextExtractor.DEFAULT_DROPPED);

    public MailToText(Config c) {
        this.field = c.field();
        this.textField = c.textField();
        this.headers = c.headers();
        this.dropSource = c.dropSource();
    }

    public record Config(
            @Setting(value = "Field holding the raw message (bytes, or text re-encoded as UTF-8); absent means 'bytes' when the record"
                    + " has it, else 'text'.", optional = true)
            String field,
            @Setting(value = "Field that receives the body text.", defaultValue = "text")
            String textField,
            @Setting(value = "Headers written to fields of the same name in lower case with '_' for '-' (message_id is Message-ID);"
                    + " absent ones become null; date is written as ISO-8601 when readable.",
                    defaultValue = "[subject, from, to, date, message_id]")
            List<String> headers,
            @Setting(value = "Remove the raw message field after extraction (unless it is the text field itself).", defaultValue = "true")
            boolean dropSource) {
        public Config {
            if (field != null && field.isBlank()) field = null;
            if (field != null) field = field.strip();
            textField = FieldArgs.requireName(textField, "text_field");
            headers = headers == null ? List.of("subject", "from", "to", "date", "message_id") : List.copyOf(headers);
            List<String> names = new ArrayList<>();
            for (String h : headers) {
                if (h == null || !h.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
                    throw new IllegalArgumentException("headers holds '" + h + "', which is not a header name such as 'subject' or 'reply_to'");
                }
                String f = MailHeaders.fieldName(h);
                if (f.equals(textField)) throw new IllegalArgumentException("header '" + h + "' would overwrite the text field '" + textField + "'");
                if (names.contains(f)) throw new IllegalArgumentException("headers lists '" + h + "' twice");
                names.add(f);
            }
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("mail_to_text", "Decodes a raw e-mail (MIME) into its body text and subject, from, to, date and message_id fields.",
                    Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new MailToText(config);
        }
    }

    @Override
    public Record map(Record record) {
        String source = field != null ? field : record.has("bytes") ? "bytes" : "text";
        Object v = record.get(source);
        byte[] raw;
        if (v instanceof byte[] b) raw = b;
        else if (v instanceof String s) raw = s.getBytes(StandardCharsets.UTF_8);
        else throw new IllegalArgumentException(FieldArgs.describeMissing(record, source, "a raw message as bytes or text"));
        if (isBlank(raw)) throw new IllegalArgumentException("field '" + source + "' holds an empty message");

        byte[] content = withoutMboxLine(raw);
        Message message = startsWithHeaderField(content) ? parse(content) : null;
        if (message == null && binaryShare(content) > MAX_BINARY_SHARE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "not a mail message: no header field, and %.0f%% of its %d bytes are control bytes", 100 * binaryShare(content),
                    raw.length));
        }
        Record.Builder out = record.toBuilder();
        if (dropSource && !source.equals(textField)) out.remove(source);
        Map<String, Object> meta = new LinkedHashMap<>();
        String text;
        if (message == null) { // no header, or the parser gave up: the whole input is the text
            LenientDecoding.Decoded d = LenientDecoding.decode(content, null);
            text = d.text();
            meta.put("body", "headless");
            if (d.note() != null) meta.put("charset_fallbacks", List.of(d.note()));
            for (String h : headers) out.set(MailHeaders.fieldName(h), null);
        } else {
            for (String h : headers) {
                String value = MailHeaders.value(message.getHeader(), MailHeaders.headerName(h));
                String name = MailHeaders.fieldName(h);
                if (value != null && name.equals("date")) {
                    String iso = MailDate.toIso(value);
                    if (iso != null) value = iso;
                }
                out.set(name, value);
            }
            MailBody body = MailBody.of(message);
            text = bodyText(body, meta);
            meta.put("attachments", (long) body.attachmentTypes.size());
            if (!body.attachmentTypes.isEmpty()) meta.put("attachment_types", List.copyOf(body.attachmentTypes));
            if (!body.charsetNotes.isEmpty()) meta.put("charset_fallbacks", List.copyOf(body.charsetNotes));
            if (body.unreadableParts > 0) meta.put("unreadable_parts", (long) body.unreadableParts);
            if (body.tooDeep) meta.put("truncated", "multipart nesting deeper than " + MailBody.MAX_DEPTH);
        }
        out.set(textField, normalizeLineEnds(text));
        out.meta(META_KEY, meta);
        return out.build();
    }

    private String bodyText(MailBody body, Map<String, Object> meta) {
        if (!body.plain.isEmpty() && body.plain.stream().anyMatch(s -> !s.isBlank())) {
            meta.put("body", "text/plain");
            return String.join("\n\n", body.plain);
        }
        if (!body.html.isEmpty()) {
            meta.put("body", "text/html");
            List<String> texts = new ArrayList<>();
            for (String h : body.html) texts.add(html.extract(h).text());
            return String.join("\n\n", texts);
        }
        meta.put("body", body.plain.isEmpty() ? "none" : "text/plain");
        return String.join("\n\n", body.plain);
    }

    /**
     * Parses leniently: no limits on line or header length, decoding errors ignored. A malformed line
     * inside the header is skipped (mime4j 0.8's "malformed header starts body" mode loses lines).
     */
    static Message parse(byte[] raw) {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(new MimeConfig.Builder()
                .setStrictParsing(false)
                .setMaxLineLen(-1)
                .setMaxHeaderLen(-1)
                .setMaxHeaderCount(-1)
                .setMaxContentLen(-1)
                .build());
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        builder.setFieldParser(LenientFieldParser.getParser());
        builder.setContentDecoding(true);
        try {
            return builder.parseMessage(new ByteArrayInputStream(raw));
        } catch (IOException | RuntimeException e) { // MimeIOException included
            return null;
        }
    }

    /** Mailbox files start each message with a "From sender date" line, which is not a header. */
    static byte[] withoutMboxLine(byte[] raw) {
        if (raw.length < 5 || raw[0] != 'F' || raw[1] != 'r' || raw[2] != 'o' || raw[3] != 'm' || raw[4] != ' ') return raw;
        int nl = 0;
        while (nl < raw.length && raw[nl] != '\n') nl++;
        return java.util.Arrays.copyOfRange(raw, Math.min(raw.length, nl + 1), raw.length);
    }

    /** Whether the first line is "name: ..." with a printable ASCII field name (RFC 5322 section 2.2). */
    static boolean startsWithHeaderField(byte[] raw) {
        int i = 0;
        while (i < raw.length && raw[i] > ' ' && raw[i] < 127 && raw[i] != ':') i++;
        if (i == 0) return false;
        while (i < raw.length && (raw[i] == ' ' || raw[i] == '\t')) i++;
        return i < raw.length && raw[i] == ':';
    }

    private static boolean isBlank(byte[] raw) {
        for (byte b : raw) if (b != ' ' && b != '\t' && b != '\r' && b != '\n') return false;
        return true;
    }

    /** The share of control bytes (other than tab, CR, LF, FF) among the first 64 KB. */
    private static double binaryShare(byte[] raw) {
        int n = Math.min(raw.length, 1 << 16);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = raw[i] & 0xFF;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) control++;
        }
        return n == 0 ? 0 : (double) control / n;
    }

    private static String normalizeLineEnds(String s) {
        if (s.indexOf('\r') < 0) return s;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
