package ai.refinery.quality.ops;

import ai.refinery.core.ops.FieldNames;
import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import ai.refinery.core.util.TextNormalizer;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Cleans text values: Unicode normalization, trimming, collapsing inner whitespace, stripping given
 * characters from the ends (Adult's test labels {@code >50K.}), letter case, and empty text to
 * null. The steps run in that order, so {@code " >50K. "} with {@code strip_trailing: "."} becomes
 * {@code ">50K"}. Values that are not text are left alone.
 */
public final class NormalizeStrings implements RecordMapper {
    private static final long serialVersionUID = 1L;

    private final List<String> fields;
    private final Form unicode;
    private final boolean trim;
    private final boolean collapseWhitespace;
    private final String stripLeading;
    private final String stripTrailing;
    private final Case letterCase;
    private final boolean emptyToNull;

    public NormalizeStrings(Config c) {
        this.fields = c.fields();
        this.unicode = c.unicode();
        this.trim = c.trim();
        this.collapseWhitespace = c.collapseWhitespace();
        this.stripLeading = c.stripChars() + c.stripLeading();
        this.stripTrailing = c.stripChars() + c.stripTrailing();
        this.letterCase = c.letterCase();
        this.emptyToNull = c.emptyToNull();
    }

    /** Unicode normalization form; NFKC also folds compatibility characters (full-width letters, ligatures, no-break spaces). */
    public enum Form { NONE, NFC, NFKC }

    /** Letter case of the result (root locale, so no Turkish dotless i surprises). */
    public enum Case { KEEP, LOWER, UPPER }

    public record Config(
            @Setting(value = "Fields to clean; empty cleans every text field.", optional = true)
            List<String> fields,
            @Setting(value = "Unicode normalization first: none, nfc, or nfkc (also folds full-width forms, ligatures, no-break spaces).",
                    defaultValue = "none")
            Form unicode,
            @Setting(value = "Remove whitespace at both ends.", defaultValue = "true")
            boolean trim,
            @Setting(value = "Turn every run of whitespace inside the text into one space.", defaultValue = "true")
            boolean collapseWhitespace,
            @Setting(value = "Characters removed from both ends (any of them, repeatedly), e.g. '\"' to unquote.", defaultValue = "''")
            String stripChars,
            @Setting(value = "Characters removed from the start (any of them, repeatedly).", defaultValue = "''")
            String stripLeading,
            @Setting(value = "Characters removed from the end (any of them, repeatedly), e.g. '.' turns '>50K.' into '>50K'.",
                    defaultValue = "''")
            String stripTrailing,
            @Setting(value = "Letter case: keep, lower or upper.", defaultValue = "keep")
            Case letterCase,
            @Setting(value = "Turn text that ends up empty into null.", defaultValue = "false")
            boolean emptyToNull) {
        public Config {
            fields = FieldNames.requireValid(fields, "fields");
            if (unicode == null) unicode = Form.NONE;
            if (letterCase == null) letterCase = Case.KEEP;
            stripChars = stripChars == null ? "" : stripChars;
            stripLeading = stripLeading == null ? "" : stripLeading;
            stripTrailing = stripTrailing == null ? "" : stripTrailing;
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("normalize_strings", "Trims, collapses whitespace, normalizes Unicode and case, strips given end characters of text fields.",
                    Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new NormalizeStrings(config);
        }
    }

    @Override
    public Record map(Record record) {
        Record.Builder out = null;
        int n = fields.isEmpty() ? record.fieldCount() : fields.size();
        for (int i = 0; i < n; i++) {
            String name = fields.isEmpty() ? record.fieldName(i) : fields.get(i);
            if (!(record.get(name) instanceof String s)) continue;
            String cleaned = clean(s);
            if (cleaned != null && cleaned.equals(s)) continue;
            if (out == null) out = record.toBuilder();
            out.set(name, cleaned);
        }
        return out == null ? record : out.build();
    }

    /** The cleaned text, or null when it ends up empty and {@code empty_to_null} is set. */
    String clean(String s) {
        if (unicode == Form.NFC) s = Normalizer.normalize(s, Normalizer.Form.NFC);
        else if (unicode == Form.NFKC) s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = stripEnds(spaces(s));
        if (letterCase == Case.LOWER) s = s.toLowerCase(Locale.ROOT);
        else if (letterCase == Case.UPPER) s = s.toUpperCase(Locale.ROOT);
        return emptyToNull && s.isEmpty() ? null : s;
    }

    private String spaces(String s) {
        if (collapseWhitespace) return trim ? TextNormalizer.collapseWhitespace(s) : collapseInner(s);
        return trim ? strip(s, NormalizeStrings::isSpace, NormalizeStrings::isSpace) : s; // also no-break spaces, as collapsing
    }

    /** Collapses runs of whitespace but keeps (collapsed) whitespace at the ends when trimming is off. */
    private static String collapseInner(String s) {
        String core = TextNormalizer.collapseWhitespace(s);
        if (core.isEmpty()) return s.isEmpty() ? s : " ";
        boolean lead = isSpace(s.codePointAt(0));
        boolean tail = isSpace(s.codePointBefore(s.length()));
        return (lead ? " " : "") + core + (tail ? " " : "");
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Removes the strip characters from the ends, and whitespace between them when trimming ("x. ." becomes "x"). */
    private String stripEnds(String s) {
        return strip(s, cp -> strips(stripLeading, cp), cp -> strips(stripTrailing, cp));
    }

    private static String strip(String s, IntPredicate atStart, IntPredicate atEnd) {
        int start = 0;
        int end = s.length();
        while (start < end && atStart.test(s.codePointAt(start))) start += Character.charCount(s.codePointAt(start));
        while (end > start && atEnd.test(s.codePointBefore(end))) end -= Character.charCount(s.codePointBefore(end));
        return s.substring(start, end);
    }

    private boolean strips(String chars, int cp) {
        return chars.indexOf(cp) >= 0 || trim && !chars.isEmpty() && isSpace(cp);
    }
}
