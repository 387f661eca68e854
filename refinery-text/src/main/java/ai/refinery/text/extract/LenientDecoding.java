package ai.refinery.text.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes bytes whose declared charset may be wrong or missing, as mail readers must. The rules, in
 * order: a declared charset that decodes the bytes cleanly wins, except that text declared as
 * ASCII or Latin-1 but holding valid multi-byte UTF-8 is UTF-8 (stray valid UTF-8 sequences are
 * very unlikely in real Latin-1 text, and mislabelled UTF-8 is common); then UTF-8 if valid; then the
 * declared charset with bad sequences replaced; then windows-1252, which decodes any byte.
 * Latin-1 and ASCII labels are read as windows-1252, as browsers do (WHATWG Encoding Standard).
 */
final class LenientDecoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Labels seen in mail that Java does not know, mapped to what their senders meant. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("gb2312", "GBK"),
            Map.entry("gb2312_charset", "GBK"), // Windows font charset names, written by some mailers
            Map.entry("chinesebig5", "Big5"),
            Map.entry("shiftjis_charset", "Shift_JIS"),
            Map.entry("hangeul_charset", "x-windows-949"),
            Map.entry("iso-8859-8-i", "ISO-8859-8"),
            Map.entry("x-mac-roman", "x-MacRoman"),
            Map.entry("unicode-1-1-utf-8", "UTF-8"),
            Map.entry("utf8", "UTF-8"),
            Map.entry("latin1", "windows-1252"),
            Map.entry("x-user-defined", "windows-1252"));

    /**
     * @param text    the decoded text
     * @param charset the charset used
     * @param note    why it differs from the declared one, or null when the declared one was used
     */
    record Decoded(String text, String charset, String note) {}

    private LenientDecoding() {}

    static Decoded decode(byte[] bytes, String declaredLabel) {
        Charset declared = lookup(declaredLabel);
        boolean latin = declared == null || isLatin(declared);
        if (declared != null && !latin) {
            String s = strict(bytes, declared);
            if (s != null) return new Decoded(s, declared.name(), null);
        }
        if (latin && isAscii(bytes)) return new Decoded(new String(bytes, StandardCharsets.US_ASCII), "US-ASCII", null);
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            String note = declaredLabel == null || declared == StandardCharsets.UTF_8 ? null : "declared " + declaredLabel + ", valid UTF-8";
            return new Decoded(utf8, "UTF-8", note);
        }
        if (declared == StandardCharsets.UTF_8) {
            // mostly UTF-8 with a few bad bytes, or Latin-1 labelled UTF-8? Whichever the bytes look like more.
            return Utf8Stats.of(bytes).mostlyUtf8()
                    ? new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8", "declared UTF-8, bad sequences replaced")
                    : new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252.name(), "declared UTF-8, mostly not UTF-8");
        }
        if (declared != null && !latin) {
            return new Decoded(new String(bytes, declared), declared.name(), "declared " + declaredLabel + ", bad sequences replaced");
        }
        String note = declaredLabel == null ? "no charset, not UTF-8" : declared == null ? "unknown charset " + declaredLabel : null;
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252.name(), note);
    }

    /** Valid multi-byte UTF-8 sequences against bytes that fit none. */
    record Utf8Stats(long valid, long invalid) {
        boolean mostlyUtf8() {
            return valid >= invalid;
        }

        static Utf8Stats of(byte[] b) {
            long valid = 0;
            long invalid = 0;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
                int k = 1;
                while (need > 0 && k <= need && i + k < b.length && (b[i + k] & 0xC0) == 0x80) k++;
                if (need > 0 && k == need + 1) {
                    valid++;
                    i += k;
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8Stats(valid, invalid);
        }
    }

    /** UTF-8 when valid, else windows-1252 (for header bytes, which declare nothing). */
    static String utf8OrWindows1252(byte[] bytes) {
        String s = strict(bytes, StandardCharsets.UTF_8);
        return s != null ? s : new String(bytes, WINDOWS_1252);
    }

    /** The charset a label names (quotes, spaces and case ignored), or null when unknown or empty. */
    static Charset lookup(String label) {
        if (label == null) return null;
        String l = label.strip();
        if (l.length() >= 2 && (l.startsWith("\"") || l.startsWith("'"))) l = l.substring(1, l.length() - 1).strip();
        l = l.toLowerCase(Locale.ROOT);
        if (l.isEmpty()) return null;
        l = ALIASES.getOrDefault(l, l);
        try {
            Charset c = Charset.forName(l);
            return isLatin(c) ? WINDOWS_1252 : c;
        } catch (IllegalArgumentException e) { // IllegalCharsetNameException and UnsupportedCharsetException
            return null;
        }
    }

    private static boolean isLatin(Charset c) {
        return c.equals(StandardCharsets.US_ASCII) || c.equals(StandardCharsets.ISO_8859_1) || c.equals(WINDOWS_1252);
    }

    static boolean isAscii(byte[] b) {
        for (byte x : b) if (x < 0) return false;
        return true;
    }

    /** The text, or null when the bytes are not valid in the charset. */
    static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
