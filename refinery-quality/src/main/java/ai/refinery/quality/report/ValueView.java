package ai.refinery.quality.report;

import ai.refinery.quality.report.html.Fmt;
import ai.refinery.quality.report.html.Html;
import ai.refinery.quality.report.html.TextDiff;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Shows untrusted record values: every value is escaped (by {@link Html}), cut to a length with
 * "…(n more chars)", and binary data is named by its size ({@code bytes[784]}) instead of shown.
 */
final class ValueView {
    /**
     * JSONL writes bytes as base64; without a profile saying so, a long unbroken base64 run that mixes
     * upper case, lower case and digits (as encoded binary does, and words or DNA do not) is taken for bytes.
     */
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
    private static final int BASE64_MIN = 256;
    private static final int LIST_PREVIEW = 8;

    private final int maxChars;
    private final Set<String> bytesFields;

    ValueView(int maxChars, Set<String> bytesFields) {
        this.maxChars = maxChars;
        this.bytesFields = bytesFields;
    }

    /** The value of {@code field} (a missing node shows as absent). */
    void value(Html h, String field, JsonNode v) {
        if (v == null || v.isMissingNode()) {
            h.el("span", "absent", "class", "absent");
        } else if (v.isNull()) {
            h.el("span", "null", "class", "null");
        } else if (v.isTextual()) {
            String s = v.textValue();
            if (isBytes(field, s)) {
                h.el("span", "bytes[" + base64Length(s) + "]", "class", "bytes", "title", "binary value, not shown");
            } else {
                h.open("span", "class", "str");
                capped(h, s);
                h.close("span");
            }
        } else if (v.isNumber() || v.isBoolean()) {
            h.el("span", v.asText(), "class", "num");
        } else if (v.isArray() && v.size() > LIST_PREVIEW && allNumbers(v)) {
            h.el("span", "list[" + Fmt.count(v.size()) + "]", "class", "bytes");
            h.text(" ");
            StringBuilder preview = new StringBuilder("[");
            for (int i = 0; i < LIST_PREVIEW; i++) preview.append(i > 0 ? ", " : "").append(v.get(i).asText());
            h.el("span", preview.append(", …]").toString(), "class", "json");
        } else {
            h.open("span", "class", "json");
            capped(h, v.toString());
            h.close("span");
        }
    }

    /** A value as one line of text, for comparing before and after; strings as themselves. */
    static String plain(JsonNode v) {
        if (v == null || v.isMissingNode()) return "";
        return v.isTextual() ? v.textValue() : v.toString();
    }

    /** Text cut to {@link #maxChars} code points, with the rest counted. */
    void capped(Html h, String s) {
        capped(h, s, maxChars);
    }

    /** Text cut to {@code max} code points: for the few texts that deserve more room than a value. */
    void capped(Html h, String s, int max) {
        int n = s.codePointCount(0, s.length());
        if (n <= max) {
            h.text(s);
            return;
        }
        h.text(s.substring(0, s.offsetByCodePoints(0, max)));
        more(h, n - max);
    }

    /**
     * One side of a character diff: the before side shows equal and deleted text, the after side
     * equal and inserted text, highlighted, within the same length cap as any value.
     */
    void diffSide(Html h, List<TextDiff.Segment> segments, boolean before) {
        TextDiff.Op mine = before ? TextDiff.Op.DELETE : TextDiff.Op.INSERT;
        int budget = maxChars;
        int hidden = 0;
        h.open("span", "class", "str");
        for (TextDiff.Segment seg : segments) {
            if (seg.op() != TextDiff.Op.EQUAL && seg.op() != mine) continue;
            String t = seg.text();
            int len = t.codePointCount(0, t.length());
            if (budget <= 0) {
                hidden += len;
                continue;
            }
            String shown = len <= budget ? t : t.substring(0, t.offsetByCodePoints(0, budget));
            hidden += len - Math.min(len, budget);
            budget -= Math.min(len, budget);
            if (seg.op() == TextDiff.Op.EQUAL) h.text(shown);
            else h.el(before ? "del" : "ins", shown);
        }
        if (hidden > 0) more(h, hidden);
        h.close("span");
    }

    /** The whole value marked as removed or added: for non-strings and values too long to align. */
    void wholeSide(Html h, String field, JsonNode v, boolean before) {
        h.open(before ? "del" : "ins", "class", "whole");
        value(h, field, v);
        h.close(before ? "del" : "ins");
    }

    private static void more(Html h, int hidden) {
        h.el("span", "…(" + Fmt.count(hidden) + " more chars)", "class", "more");
    }

    boolean isBytes(String field, String s) {
        if (field != null && bytesFields.contains(field)) return true;
        return s.length() >= BASE64_MIN && s.length() % 4 == 0 && BASE64.matcher(s).matches()
                && s.chars().anyMatch(Character::isUpperCase) && s.chars().anyMatch(Character::isLowerCase)
                && s.chars().anyMatch(c -> Character.isDigit(c) || c == '+' || c == '/');
    }

    private static long base64Length(String s) {
        int pad = s.endsWith("==") ? 2 : s.endsWith("=") ? 1 : 0;
        return (long) s.length() / 4 * 3 - pad;
    }

    private static boolean allNumbers(JsonNode v) {
        for (JsonNode e : v) if (!e.isNumber()) return false;
        return true;
    }
}
