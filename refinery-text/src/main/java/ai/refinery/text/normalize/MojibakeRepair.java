package ai.refinery.text.normalize;

/**
 * Repairs text that was UTF-8 but got decoded as windows-1252 or Latin-1 ("cafÃ©" for "café",
 * "â€™" for "’"), conservatively, in the spirit of ftfy (Speer, 2019). When every run of non-ASCII
 * characters re-encodes to valid UTF-8 as a whole, the text is repaired if the evidence is strong: a
 * sequence of three or four bytes, or one led by Â or Ã (the mojibake of Latin-1 symbols and
 * accented letters), or at least two two-byte sequences that decode to letters of Latin Extended-A,
 * Greek, Cyrillic, Hebrew or Arabic (so a lone "É»" in French text stays). When some windows-1252
 * character is no part of a valid sequence, the text is in a legacy 8-bit encoding (Thai TIS-620,
 * Latin-1, binary junk) or mixes sources: text where more than 1 in 20 characters is such a stray
 * is left alone, and in the rest only the sequences that hardly occur by chance are repaired (see
 * {@link #isUnambiguous}). Characters no single-byte decoding produces (CJK, real
 * Cyrillic) are neither evidence nor obstacle. Repeated up to three times for text mis-decoded twice.
 */
final class MojibakeRepair {
    private static final int MAX_PASSES = 3;
    /** Mixed text is repaired only while at most 1 in this many characters is a stray 8-bit one. */
    private static final int MAX_LEGACY_SHARE = 20;

    private MojibakeRepair() {}

    static String apply(String s) {
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String fixed = onePass(s);
            if (fixed == s) return s;
            s = fixed;
        }
        return s;
    }

    private static String onePass(String s) {
        if (!mayHoldMojibake(s)) return s;
        int strong = 0;
        int weak = 0;
        int legacy = 0;
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) < 0x80) {
                i++;
                continue;
            }
            // a run of non-ASCII characters: mojibake of UTF-8 text decodes as a whole, sequence after sequence
            while (i < s.length() && s.charAt(i) >= 0x80) {
                int n = sequenceAt(s, i);
                if (n > 0) {
                    if (isStrong(s, i, n)) strong++;
                    else if (isPlausibleWeak(decode(s, i, n))) weak++;
                    i += n;
                } else {
                    // a windows-1252 character that is no part of a UTF-8 sequence: legacy 8-bit text (or mixed text);
                    // a character no single-byte decoding makes (CJK, real Cyrillic) is neither evidence nor obstacle
                    if (isSingleByte(s.charAt(i))) legacy++;
                    i++;
                }
            }
        }
        if (legacy == 0 && strong == 0 && weak < 2) return s;
        // text mostly in a legacy 8-bit encoding (Thai, Japanese, Cyrillic read as windows-1252) has no reliable sequences
        if (legacy > 0 && legacy > s.length() / MAX_LEGACY_SHARE) return s;
        StringBuilder out = null;
        int copied = 0;
        for (i = 0; i < s.length(); ) {
            int n = sequenceAt(s, i);
            if (n > 0 && (legacy == 0 || isUnambiguous(s, i, n))) {
                if (out == null) out = new StringBuilder(s.length());
                out.append(s, copied, i).appendCodePoint(decode(s, i, n));
                copied = i += n;
            } else {
                i++;
            }
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /**
     * In text that is not mojibake throughout, only sequences that hardly occur by chance are repaired
     * (as ftfy's decode_inconsistent_utf8 does): one of whose bytes is 0x80-0x9F (where ISO-8859
     * encodings and TIS-620 have no text) and which decodes to Latin-1, general punctuation, currency
     * or letterlike symbols ("â€™" to "’", "Ã‰" to "É"). Latin Extended-A is left out: Shift_JIS
     * read as windows-1252 makes such pairs ("Ä‚") all the time.
     */
    private static boolean isUnambiguous(String s, int i, int n) {
        boolean c1Byte = false;
        for (int k = 1; k < n; k++) c1Byte |= continuationByte(s.charAt(i + k)) <= 0x9F;
        if (!c1Byte) return false;
        int cp = decode(s, i, n);
        return cp >= 0xA0 && cp <= 0xFF || cp >= 0x2000 && cp <= 0x206F || cp >= 0x20A0 && cp <= 0x20CF || cp >= 0x2100 && cp <= 0x214F;
    }

    /** Whether decoding one byte as windows-1252 or Latin-1 can give this character. */
    private static boolean isSingleByte(char c) {
        return c <= 0xFF || continuationByte(c) >= 0;
    }

    /** The fast check: a lead character directly followed by a continuation character. */
    private static boolean mayHoldMojibake(String s) {
        for (int i = 0, n = s.length() - 1; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0xC2 && c <= 0xF4 && continuationByte(s.charAt(i + 1)) >= 0) return true;
        }
        return false;
    }

    private static boolean isStrong(String s, int i, int n) {
        char lead = s.charAt(i);
        return n >= 3 || lead == '\u00C2' || lead == '\u00C3';
    }

    /** Two-byte sequences that are letters of scripts whose mojibake is common (and rare by chance). */
    private static boolean isPlausibleWeak(int cp) {
        if (!Character.isLetter(cp)) return false;
        return cp >= 0x0100 && cp <= 0x017F // Latin Extended-A
                || cp >= 0x0370 && cp <= 0x03FF // Greek
                || cp >= 0x0400 && cp <= 0x04FF // Cyrillic
                || cp >= 0x05D0 && cp <= 0x05EA // Hebrew letters
                || cp >= 0x0620 && cp <= 0x064A; // Arabic letters
    }

    /**
     * The length of a valid UTF-8 sequence spelled by the characters at {@code i} (each standing for
     * its windows-1252 or Latin-1 byte), or 0. Overlong forms, surrogates, code points past U+10FFFF,
     * C1 controls and noncharacters do not count.
     */
    static int sequenceAt(String s, int i) {
        char lead = s.charAt(i);
        if (lead < 0xC2 || lead > 0xF4) return 0;
        int n = lead <= 0xDF ? 2 : lead <= 0xEF ? 3 : 4;
        if (i + n > s.length()) return 0;
        int cp = lead & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
        for (int k = 1; k < n; k++) {
            int b = continuationByte(s.charAt(i + k));
            if (b < 0) return 0;
            cp = (cp << 6) | (b & 0x3F);
        }
        int min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
        if (cp <= 0x9F || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) return 0;
        if (Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.PRIVATE_USE) return 0;
        return n;
    }

    private static int decode(String s, int i, int n) {
        char lead = s.charAt(i);
        int cp = lead & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
        for (int k = 1; k < n; k++) cp = (cp << 6) | (continuationByte(s.charAt(i + k)) & 0x3F);
        return cp;
    }

    /**
     * The byte 0x80-0xBF a character stands for in windows-1252 (or Latin-1, whose C1 controls fill
     * windows-1252's gaps), or -1.
     */
    static int continuationByte(char c) {
        if (c >= 0x80 && c <= 0xBF) return c;
        switch (c) {
            case '\u20AC': return 0x80;
            case '\u201A': return 0x82;
            case '\u0192': return 0x83;
            case '\u201E': return 0x84;
            case '\u2026': return 0x85;
            case '\u2020': return 0x86;
            case '\u2021': return 0x87;
            case '\u02C6': return 0x88;
            case '\u2030': return 0x89;
            case '\u0160': return 0x8A;
            case '\u2039': return 0x8B;
            case '\u0152': return 0x8C;
            case '\u017D': return 0x8E;
            case '\u2018': return 0x91;
            case '\u2019': return 0x92;
            case '\u201C': return 0x93;
            case '\u201D': return 0x94;
            case '\u2022': return 0x95;
            case '\u2013': return 0x96;
            case '\u2014': return 0x97;
            case '\u02DC': return 0x98;
            case '\u2122': return 0x99;
            case '\u0161': return 0x9A;
            case '\u203A': return 0x9B;
            case '\u0153': return 0x9C;
            case '\u017E': return 0x9E;
            case '\u0178': return 0x9F;
            default: return -1;
        }
    }
}
