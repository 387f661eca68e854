package ai.refinery.text.extract;

import java.util.Locale;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.ByteSequence;

/**
 * Header values as people read them: from the raw bytes (UTF-8 when valid, as RFC 6532 allows, else
 * windows-1252), unfolded, RFC 2047 encoded words decoded, whitespace collapsed.
 */
final class MailHeaders {
    private MailHeaders() {}

    /** The decoded value of the first field of this name, or null when there is none. */
    static String value(Header header, String name) {
        if (header == null) return null;
        Field f = header.getField(name);
        if (f == null) return null;
        String raw = rawValue(f);
        String decoded;
        try {
            decoded = DecoderUtil.decodeEncodedWords(unfold(raw), DecodeMonitor.SILENT);
        } catch (RuntimeException e) { // a malformed encoded word: keep the text as written
            decoded = unfold(raw);
        }
        return collapse(decoded);
    }

    private static String rawValue(Field f) {
        ByteSequence raw = f.getRaw();
        if (raw == null) return f.getBody() == null ? "" : f.getBody();
        String line = LenientDecoding.utf8OrWindows1252(raw.toByteArray());
        int colon = line.indexOf(':');
        return colon < 0 ? line : line.substring(colon + 1);
    }

    /** RFC 5322 unfolding: a line break followed by whitespace is removed. */
    private static String unfold(String s) {
        return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? s : s.replace("\r", "").replace("\n", "");
    }

    /** Runs of whitespace become one space; the ends are trimmed. */
    private static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The record field a header is written to: lower case, '-' as '_' (Message-ID: message_id). */
    static String fieldName(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    }

    /** The header a setting names: '_' as '-' (message_id: Message-ID). */
    static String headerName(String setting) {
        return setting.strip().replace('_', '-');
    }
}
