package ai.refinery.text.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.field.ContentTypeField;

/**
 * The readable parts of a parsed message: text/plain parts decoded (transfer encoding by mime4j,
 * charset by {@link LenientDecoding}); text/html parts kept for when there is no plain text; in a
 * multipart/alternative the plain version when it has text, else the HTML one; attachments (a
 * disposition of attachment, a file name, or a non-text type) only counted by type.
 */
final class MailBody {
    /** Deeper nesting is not real mail; it stops the walk rather than the stack. */
    static final int MAX_DEPTH = 64;

    final List<String> plain = new ArrayList<>();
    final List<String> html = new ArrayList<>();
    final List<String> attachmentTypes = new ArrayList<>();
    final List<String> charsetNotes = new ArrayList<>();
    int unreadableParts;
    boolean tooDeep;

    static MailBody of(Entity message) {
        MailBody b = new MailBody();
        b.walk(message, 0);
        return b;
    }

    private void walk(Entity e, int depth) {
        if (depth > MAX_DEPTH) {
            tooDeep = true;
            return;
        }
        Body body = e.getBody();
        if (body instanceof Multipart mp) {
            if ("alternative".equalsIgnoreCase(mp.getSubType())) alternative(mp, depth);
            else for (Entity part : mp.getBodyParts()) walk(part, depth + 1);
            return;
        }
        String type = mimeType(e);
        if (body instanceof Message || isAttachment(e, type)) {
            attachmentTypes.add(body instanceof Message ? "message/rfc822" : type);
            return;
        }
        if (!(body instanceof SingleBody single)) return;
        byte[] bytes;
        try (InputStream in = single.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException | RuntimeException ex) { // a transfer encoding beyond repair
            unreadableParts++;
            return;
        }
        String declared = charset(e);
        if (type.equals("text/html")) {
            LenientDecoding.Decoded d = LenientDecoding.decode(bytes, declared != null ? declared : HtmlCharset.sniff(bytes));
            note(d);
            html.add(d.text());
        } else {
            LenientDecoding.Decoded d = LenientDecoding.decode(bytes, declared);
            note(d);
            plain.add(d.text());
        }
    }

    /** Picks one alternative: the first with plain text, else the first with HTML. */
    private void alternative(Multipart mp, int depth) {
        MailBody chosen = null;
        MailBody firstHtml = null;
        for (Entity part : mp.getBodyParts()) {
            MailBody sub = new MailBody();
            sub.walk(part, depth + 1);
            attachmentTypes.addAll(sub.attachmentTypes);
            unreadableParts += sub.unreadableParts;
            tooDeep |= sub.tooDeep;
            if (chosen == null && sub.plain.stream().anyMatch(s -> !s.isBlank())) chosen = sub;
            if (firstHtml == null && !sub.html.isEmpty()) firstHtml = sub;
        }
        if (chosen == null) chosen = firstHtml;
        if (chosen != null) {
            plain.addAll(chosen.plain);
            html.addAll(chosen.html);
            charsetNotes.addAll(chosen.charsetNotes);
        }
    }

    private void note(LenientDecoding.Decoded d) {
        if (d.note() != null) charsetNotes.add(d.note());
    }

    /**
     * Attachments: parts marked so, parts with a file name not marked inline, and every type other than
     * text/plain, text/html and text/enriched.
     */
    private static boolean isAttachment(Entity e, String type) {
        String disposition = e.getDispositionType();
        if ("attachment".equalsIgnoreCase(disposition)) return true;
        if (e.getFilename() != null && !"inline".equalsIgnoreCase(disposition)) return true;
        return !(type.equals("text/plain") || type.equals("text/html") || type.equals("text/enriched"));
    }

    /**
     * The part's type in lower case, cut at a space or ';' (some mailers forget the ';' before the
     * charset); parts without a usable one are text/plain (RFC 2045 section 5.2).
     */
    static String mimeType(Entity e) {
        String t = e.getMimeType();
        if (t == null) return "text/plain";
        t = t.strip();
        int end = 0;
        while (end < t.length() && t.charAt(end) != ';' && !Character.isWhitespace(t.charAt(end))) end++;
        t = t.substring(0, end).toLowerCase(Locale.ROOT);
        return t.indexOf('/') <= 0 ? "text/plain" : t;
    }

    /** The charset parameter as written, or null. */
    private static String charset(Entity e) {
        if (e.getHeader() == null) return null;
        if (e.getHeader().getField("Content-Type") instanceof ContentTypeField ct) {
            String c = ct.getCharset();
            return c == null || c.isBlank() ? null : c;
        }
        return null;
    }
}
