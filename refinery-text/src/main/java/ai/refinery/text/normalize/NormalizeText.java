package ai.refinery.text.normalize;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.FieldType;
import ai.refinery.core.record.Record;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans a text field in a fixed order of steps, each a setting: mojibake repair (first, while the
 * mis-decoded characters are still intact), Unicode NFKC, punctuation, control characters, URLs,
 * e-mail addresses, then whitespace. The steps that changed the text are listed in
 * {@code meta.normalized} (e.g. {@code [mojibake, nfkc, whitespace]}). Every step is one linear pass
 * that returns its input untouched when there is nothing to do, so clean text costs little.
 */
public final class NormalizeText implements RecordMapper {
    private static final long serialVersionUID = 1L;
    /** Meta key listing the steps that changed the text. */
    public static final String META_KEY = "normalized";

    /** What to do with URLs and e-mail addresses. */
    public enum LinkAction { KEEP, STRIP, REPLACE }

    private final String field;
    private final boolean fixMojibake;
    private final boolean nfkc;
    private final boolean punctuation;
    private final boolean removeControls;
    private final String urlReplacement; // null keeps URLs
    private final String emailReplacement; // null keeps addresses
    private final WhitespaceCleaner whitespace; // null when every whitespace step is off

    public NormalizeText(Config c) {
        this.field = c.field();
        this.fixMojibake = c.fixMojibake();
        this.nfkc = c.nfkc();
        this.punctuation = c.punctuation();
        this.removeControls = c.removeControls();
        this.urlReplacement = replacement(c.urls(), c.urlPlaceholder());
        this.emailReplacement = replacement(c.emails(), c.emailPlaceholder());
        boolean anyWhitespace = c.collapseSpaces() || c.trimLines() || c.maxBlankLines() >= 0;
        this.whitespace = anyWhitespace ? new WhitespaceCleaner(c.collapseSpaces(), c.trimLines(), c.maxBlankLines()) : null;
    }

    private static String replacement(LinkAction action, String placeholder) {
        return action == LinkAction.KEEP ? null : action == LinkAction.STRIP ? "" : placeholder;
    }

    public record Config(
            @Setting(value = "The text field to normalize.", defaultValue = "text")
            String field,
            @Setting(value = "Repair UTF-8 that was decoded as windows-1252 or Latin-1 ('cafÃ©' to 'café'), only where the evidence"
                    + " is strong.", defaultValue = "true")
            boolean fixMojibake,
            @Setting(value = "Apply Unicode NFKC (compatibility forms: full-width letters, ligatures, superscripts to their plain"
                    + " form).", defaultValue = "true")
            boolean nfkc,
            @Setting(value = "Curly quotes to ' and \", dashes to -, the ellipsis to '...', Unicode spaces to a space; zero-width"
                    + " spaces and soft hyphens removed.", defaultValue = "true")
            boolean punctuation,
            @Setting(value = "Remove control characters (tab and newline kept; CR and CRLF become newlines) and unpaired surrogates.",
                    defaultValue = "true")
            boolean removeControls,
            @Setting(value = "URLs: keep, strip or replace (by url_placeholder).", defaultValue = "keep")
            LinkAction urls,
            @Setting(value = "E-mail addresses: keep, strip or replace (by email_placeholder).", defaultValue = "keep")
            LinkAction emails,
            @Setting(value = "What a URL becomes with urls: replace.", defaultValue = "<URL>")
            String urlPlaceholder,
            @Setting(value = "What an e-mail address becomes with emails: replace.", defaultValue = "<EMAIL>")
            String emailPlaceholder,
            @Setting(value = "Collapse runs of spaces and tabs into one space (a lone tab is kept).", defaultValue = "true")
            boolean collapseSpaces,
            @Setting(value = "Remove spaces and tabs at the start and end of every line.", defaultValue = "true")
            boolean trimLines,
            @Setting(value = "At most this many blank lines in a row (blank lines at the start and end always go); -1 keeps them all.",
                    defaultValue = "1")
            int maxBlankLines) {
        public Config {
            if (field == null || field.isBlank()) throw new IllegalArgumentException("'field' must name a text field");
            field = field.strip();
            if (urls == null) urls = LinkAction.KEEP;
            if (emails == null) emails = LinkAction.KEEP;
            if (urlPlaceholder == null) urlPlaceholder = "<URL>";
            if (emailPlaceholder == null) emailPlaceholder = "<EMAIL>";
            if (urls == LinkAction.REPLACE && urlPlaceholder.isEmpty()) {
                throw new IllegalArgumentException("url_placeholder is empty; use urls: strip to remove URLs");
            }
            if (emails == LinkAction.REPLACE && emailPlaceholder.isEmpty()) {
                throw new IllegalArgumentException("email_placeholder is empty; use emails: strip to remove addresses");
            }
            if (emailPlaceholder.indexOf('@') >= 0) throw new IllegalArgumentException("email_placeholder must not contain '@'");
            if (maxBlankLines < -1) throw new IllegalArgumentException("max_blank_lines must be -1 (no limit) or more, got " + maxBlankLines);
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("normalize_text", "Normalizes text: mojibake repair, NFKC, punctuation, control characters, URLs and e-mails, whitespace.",
                    Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new NormalizeText(config);
        }
    }

    @Override
    public Record map(Record record) {
        Object v = record.get(field);
        if (!(v instanceof String text)) {
            String what = !record.has(field) ? "is missing" : v == null ? "is null" : "holds " + FieldType.of(v).label();
            throw new IllegalArgumentException("field '" + field + "' " + what + "; normalize_text needs text");
        }
        List<String> changed = new ArrayList<>(4);
        String s = text;
        if (fixMojibake) s = step(s, MojibakeRepair.apply(s), "mojibake", changed);
        if (nfkc) s = step(s, nfkc(s), "nfkc", changed);
        if (punctuation) s = step(s, PunctuationNormalizer.apply(s), "punctuation", changed);
        if (removeControls) s = step(s, ControlCharacters.apply(s), "controls", changed);
        if (urlReplacement != null) s = step(s, LinkMasker.urls(s, urlReplacement), "urls", changed);
        if (emailReplacement != null) s = step(s, LinkMasker.emails(s, emailReplacement), "emails", changed);
        if (whitespace != null) s = step(s, whitespace.apply(s), "whitespace", changed);
        if (changed.isEmpty()) return record;
        return record.toBuilder().set(field, s).meta(META_KEY, List.copyOf(changed)).build();
    }

    private static String step(String before, String after, String name, List<String> changed) {
        if (after != before && !after.equals(before)) changed.add(name);
        return after;
    }

    /** NFKC, skipping the copy when the text is already normalized (the quick check is much cheaper). */
    private static String nfkc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
